import Foundation
import SQLKit

/// The seed ledger (`evidence_seeds`): the bundled seed files an installation has loaded —
/// findings, cases, sample scenarios —, each loaded once, so that a record someone changed
/// or deleted since stays as they left it.
public enum SeedLedger {
    /// The seeds already loaded whose names start with `prefix` (`cases/`), so that a start
    /// after the first reads no seed file again.
    public static func names(under prefix: String, in database: NexusDatabase) async throws -> Set<String> {
        let rows: [any SQLRow] = try await database.sql.raw(
            "SELECT name FROM evidence_seeds WHERE name LIKE \(bind: prefix + "%")"
        ).all()
        return Set(try rows.map { try $0.decode(column: "name", as: String.self) })
    }

    /// Records `name` as loaded inside the caller's transaction; `false` when it already was.
    static func claim(_ name: String, in db: any SQLDatabase) async throws -> Bool {
        let rows: [any SQLRow] = try await db.raw("SELECT name FROM evidence_seeds WHERE name = \(bind: name)").all()
        guard rows.isEmpty else { return false }
        try await db.raw("INSERT INTO evidence_seeds (name, applied_at) VALUES (\(bind: name), \(bind: StoredTime.text(.now)))").perform()
        return true
    }
}
