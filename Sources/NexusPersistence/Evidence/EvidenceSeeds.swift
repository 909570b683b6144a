import Foundation
public import NexusDomain
import SQLKit

extension EvidenceRepository {
    /// Loads a bundled seed file once per installation: a seed already loaded is never
    /// loaded again, so findings a programme officer edited or deleted stay as they left
    /// them. Returns the number of findings stored, `nil` when the seed had been loaded.
    public static func seedFindings(named name: String, _ findings: [Finding], in transaction: WriteTransaction) async throws -> Int? {
        let db = transaction.sql
        guard try await SeedLedger.claim(name, in: db) else { return nil }
        for finding in findings {
            _ = try await save(
                finding.normalized, before: Self.findings(where: finding.id, in: db).first,
                action: .findingSeed, by: .firstStart, in: db)
        }
        return findings.count
    }
}
