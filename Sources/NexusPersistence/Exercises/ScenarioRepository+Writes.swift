import Foundation
public import NexusDomain
import SQLKit

extension ScenarioRepository {
    /// Why a save was refused.
    public enum SaveRefusal: Error, Sendable, Hashable {
        /// A new scenario's identifier is taken.
        case exists(ScenarioID)
        /// The scenario changed since the form was loaded: the stored one, and the one loaded.
        case stale(current: StoredScenario, loaded: Scenario?)
        /// There is no scenario to change.
        case missing(ScenarioID)
    }

    /// Stores `record` inside `transaction`. `expectedRevision` is `nil` for a new scenario,
    /// else the revision the form was loaded from; a record equal to the stored one is left
    /// alone. Returns the scenario as stored and whether it changed.
    public static func save(
        _ record: Scenario, expectedRevision: Int?, action: AuditAction, by actor: AuditActor, in transaction: WriteTransaction
    ) async throws -> (stored: StoredScenario, changed: Bool) {
        let db = transaction.sql
        let before = try await stored(record.id, in: db)
        switch RevisionCheck.decide(record, over: before, expected: expectedRevision, read: { ($0.record, $0.revision) }) {
        case .unchanged(let current): return (current, false)
        case .exists: throw SaveRefusal.exists(record.id)
        case .missing: throw SaveRefusal.missing(record.id)
        case .stale(let current, let expected):
            throw SaveRefusal.stale(current: current, loaded: try await revision(record.id, expected, in: db))
        case .insert, .update: break
        }
        let now = StoredTime.text(.now)
        let revision = (before?.revision ?? 0) + 1
        let json = String(decoding: try ScenarioDocument.encodeRecord(record), as: UTF8.self)
        let title = record.title.resolve(record.sourceLanguage, source: record.sourceLanguage).text.lowercased()
        if before == nil {
            try await db.raw(
                """
                INSERT INTO scenarios (id, revision, sort_title, case_id, record, created_at, updated_at, updated_by)
                VALUES (\(bind: record.id.rawValue), \(bind: revision), \(bind: title), \(bind: record.caseID?.rawValue),
                        \(bind: json), \(bind: now), \(bind: now), \(bind: actor.label))
                """
            ).perform()
        } else {
            try await db.raw(
                """
                UPDATE scenarios SET revision = \(bind: revision), sort_title = \(bind: title), case_id = \(bind: record.caseID?.rawValue),
                    record = \(bind: json), updated_at = \(bind: now), updated_by = \(bind: actor.label)
                WHERE id = \(bind: record.id.rawValue)
                """
            ).perform()
        }
        try await db.raw(
            """
            INSERT INTO scenario_revisions (scenario_id, revision, record, saved_at, saved_by)
            VALUES (\(bind: record.id.rawValue), \(bind: revision), \(bind: json), \(bind: now), \(bind: actor.label))
            """
        ).perform()
        try await AuditLog.record(
            .init(
                before == nil && action == .scenarioSave ? .scenarioCreate : action, entity: record.id.rawValue, by: actor,
                before: before.map { AuditSummary($0.record) }, after: AuditSummary(record)), in: db)
        guard let stored = try await stored(record.id, in: db) else { throw SaveRefusal.missing(record.id) }
        return (stored, true)
    }

    /// Deletes a scenario and its history inside `transaction`; the record as it was, or
    /// `nil` when there was none.
    public static func delete(_ id: ScenarioID, by actor: AuditActor, in transaction: WriteTransaction) async throws -> Scenario? {
        let db = transaction.sql
        guard let before = try await stored(id, in: db) else { return nil }
        try await db.raw("DELETE FROM scenario_revisions WHERE scenario_id = \(bind: id.rawValue)").perform()
        try await db.raw("DELETE FROM scenarios WHERE id = \(bind: id.rawValue)").perform()
        try await AuditLog.record(.init(.scenarioDelete, entity: id.rawValue, by: actor, before: AuditSummary(before.record)), in: db)
        return before.record
    }

    /// Loads a bundled sample scenario once per installation (the seed ledger the case and
    /// evidence seeds share): one a facilitator changed or deleted stays as they left it.
    public static func seed(named name: String, _ record: Scenario, in transaction: WriteTransaction) async throws -> StoredScenario? {
        let db = transaction.sql
        guard try await SeedLedger.claim(name, in: db) else { return nil }
        guard try await stored(record.id, in: db) == nil else { return nil }
        return try await save(record, expectedRevision: nil, action: .scenarioSeed, by: .firstStart, in: transaction).stored
    }

    /// What the audit log keeps of a scenario: its outline, not its texts, which the revision
    /// history holds.
    struct AuditSummary: Encodable, Sendable {
        let title: String
        let phases: Int
        let injects: Int
        let tailorings: [String]

        init(_ record: Scenario) {
            title = record.title.resolve(record.sourceLanguage, source: record.sourceLanguage).text
            phases = record.phases.count
            injects = record.injectCount
            tailorings = record.tailorings.map(\.id)
        }
    }
}
