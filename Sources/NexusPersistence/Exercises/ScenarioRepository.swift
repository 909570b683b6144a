import Foundation
public import NexusDomain
import SQLKit

/// The scenarios' store: read one at a time or a page at a time, and written — with their
/// revision history — inside the transaction of the use case that makes the write. Only
/// facilitators, editors and administrators read scenarios; the use cases check that.
public struct ScenarioRepository: Sendable {
    let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// A page of scenarios and how many there are in all.
    public struct Page: Sendable, Hashable {
        public let scenarios: [StoredScenario]
        public let total: Int

        /// A page of `scenarios` out of `total`.
        public init(scenarios: [StoredScenario], total: Int) {
            self.scenarios = scenarios
            self.total = total
        }
    }

    /// One scenario as stored now.
    public func stored(_ id: ScenarioID) async throws -> StoredScenario? {
        try await Self.stored(id, in: database.sql)
    }

    /// Scenarios by title; `limit` and `offset` page through them.
    public func page(limit: Int, offset: Int = 0) async throws -> Page {
        let countRows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM scenarios").all()
        let total = try countRows.first?.decode(column: "n", as: Int.self) ?? 0
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT id, revision, record, created_at, updated_at, updated_by FROM scenarios
            ORDER BY sort_title, id LIMIT \(bind: max(0, limit)) OFFSET \(bind: max(0, offset))
            """
        ).all()
        return Page(scenarios: try rows.map(Self.stored(from:)), total: total)
    }

    /// The scenario as saved at `revision`, if kept.
    public func revision(_ id: ScenarioID, _ revision: Int) async throws -> Scenario? {
        try await Self.revision(id, revision, in: database.sql)
    }

    static func revision(_ id: ScenarioID, _ revision: Int, in db: any SQLDatabase) async throws -> Scenario? {
        let rows: [any SQLRow] = try await db.raw(
            "SELECT record FROM scenario_revisions WHERE scenario_id = \(bind: id.rawValue) AND revision = \(bind: revision)"
        ).all()
        return try rows.first.map { try Self.record(try $0.decode(column: "record", as: String.self), table: "scenario_revisions") }
    }

    static func stored(_ id: ScenarioID, in db: any SQLDatabase) async throws -> StoredScenario? {
        let rows: [any SQLRow] = try await db.raw(
            "SELECT id, revision, record, created_at, updated_at, updated_by FROM scenarios WHERE id = \(bind: id.rawValue)"
        ).all()
        return try rows.first.map(stored(from:))
    }

    static func stored(from row: any SQLRow) throws -> StoredScenario {
        StoredScenario(
            record: try record(try row.decode(column: "record", as: String.self), table: "scenarios"),
            revision: try row.decode(column: "revision", as: Int.self), updatedAt: try row.date("updated_at", table: "scenarios"),
            updatedBy: try row.decode(column: "updated_by", as: String.self), createdAt: try row.date("created_at", table: "scenarios"))
    }

    static func record(_ text: String, table: String) throws -> Scenario {
        do {
            return try ScenarioDocument.decodeRecord(Data(text.utf8))
        } catch {
            throw StoredValueInvalid(table: table, column: "record", value: String(text.prefix(80)))
        }
    }
}
