import Foundation
import Logging
import NexusDomain
import NexusPersistence

/// The seed files of regional evidence in the content folder, loaded once per installation.
enum EvidenceSeeding {
    /// The findings the four 2017–2018 consultations documented.
    static let findingsFile = "findings.csv"

    /// Loads `evidence/findings.csv` of the content folder unless this installation has
    /// loaded it before. A seed with problems is logged and skipped, never half-loaded.
    static func seed(from contentDirectory: String, writes: WritePipeline, store: ToolkitStore, logger: Logger) async throws {
        let path = (contentDirectory as NSString)
            .appendingPathComponent(ContentFolderReader.evidenceFolder + "/" + findingsFile)
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let text = String(decoding: data, as: UTF8.self)
        let snapshot = store.snapshot
        switch EvidenceCSV.findings(in: text, references: EvidenceReferences(snapshot: snapshot), newID: EvidenceIDs.make) {
        case .success(let findings):
            let documents = findings.flatMap { EvidenceSearchSource.documents(of: $0, snapshot: snapshot) }
            let count = try await writes.run { transaction in
                guard
                    let count = try await EvidenceRepository.seedFindings(
                        named: "evidence/" + findingsFile, findings,
                        in: transaction)
                else { return .init(Int?.none, changes: []) }
                try await SearchIndex.replace(
                    source: EvidenceSearchSource.source, items: Set(findings.map(\.id.rawValue)),
                    with: documents, in: transaction)
                return .init(count, changes: [.evidence(.all)])
            }
            if let count { logger.info("loaded \(count) seed findings from \(path)") }
        case .failure(let rejected):
            for problem in rejected.problems.prefix(20) {
                logger.error("\(path), line \(problem.line), \(problem.column ?? "-"): \(problem.kind)")
            }
            logger.error("the evidence seed file has problems and was not loaded")
        }
    }
}

/// Identifiers of new records.
public enum EvidenceIDs {
    /// A new finding or participant identifier: a slug that cannot clash with a seed's
    /// readable one, random enough never to repeat.
    public static func make() -> String {
        "r-" + String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))
    }
}
