import Foundation
public import NexusDomain
import SQLKit

extension CaseRepository {
    /// Why a save was refused.
    public enum SaveRefusal: Error, Sendable, Hashable {
        /// A new case's identifier is taken.
        case exists(CaseID)
        /// The case changed since the form was loaded: the stored case, with what changed.
        case stale(current: StoredCase, loaded: NexusCase?)
        /// There is no case to change.
        case missing(CaseID)
    }

    /// Stores `record` inside `transaction`. `expectedRevision` is `nil` for a new case,
    /// else the revision the editor loaded; a record equal to the stored one is left alone.
    /// `moments` keeps a case's own creation and change moments (an imported case keeps
    /// those of its origin); by default both are now. Returns the case as stored and
    /// whether it changed.
    public static func save(
        _ record: NexusCase, expectedRevision: Int?, action: AuditAction, by actor: AuditActor,
        moments: (created: Date, updated: Date)? = nil, in transaction: WriteTransaction
    ) async throws -> (stored: StoredCase, changed: Bool) {
        let db = transaction.sql
        let record = record.normalized
        let before = try await stored(record.id, in: db)
        switch RevisionCheck.decide(record, over: before, expected: expectedRevision, read: { ($0.record, $0.revision) }) {
        case .unchanged(let current): return (current, false)
        case .exists: throw SaveRefusal.exists(record.id)
        case .missing: throw SaveRefusal.missing(record.id)
        case .stale(let current, let expected):
            throw SaveRefusal.stale(current: current, loaded: try await revision(record.id, expected, in: db))
        case .insert, .update: break
        }
        let now = Date.now
        let updated = moments?.updated ?? now
        let revision = (before?.revision ?? 0) + 1
        let json = try CaseCoding.encode(record)
        let title = record.title.resolve(record.sourceLanguage, source: record.sourceLanguage).text.lowercased()
        if before == nil {
            try await db.raw(
                """
                INSERT INTO cases (id, revision, status, origin, sort_title, start_year, record, created_at, updated_at, updated_by)
                VALUES (\(bind: record.id.rawValue), \(bind: revision), \(bind: record.status.rawValue), \(bind: record.origin.rawValue),
                        \(bind: title), \(bind: record.periodStart?.year), \(bind: json), \(bind: StoredTime.text(moments?.created ?? now)),
                        \(bind: StoredTime.text(updated)), \(bind: actor.label))
                """
            ).perform()
        } else {
            try await db.raw("DELETE FROM case_facets WHERE case_id = \(bind: record.id.rawValue)").perform()
            try await db.raw(
                """
                UPDATE cases SET revision = \(bind: revision), status = \(bind: record.status.rawValue),
                    origin = \(bind: record.origin.rawValue), sort_title = \(bind: title), start_year = \(bind: record.periodStart?.year),
                    record = \(bind: json), updated_at = \(bind: StoredTime.text(updated)), updated_by = \(bind: actor.label)
                WHERE id = \(bind: record.id.rawValue)
                """
            ).perform()
        }
        try await writeFacets(of: record, in: db)
        try await db.raw(
            """
            INSERT INTO case_revisions (case_id, revision, record, saved_at, saved_by)
            VALUES (\(bind: record.id.rawValue), \(bind: revision), \(bind: json), \(bind: StoredTime.text(now)), \(bind: actor.label))
            """
        ).perform()
        try await AuditLog.record(
            .init(
                before == nil && action == .caseSave ? .caseCreate : action, entity: record.id.rawValue, by: actor,
                before: before.map { AuditSummary($0.record) }, after: AuditSummary(record)), in: db)
        // Read back, so the caller gets the moment as stored (to the millisecond).
        guard let stored = try await stored(record.id, in: db) else { throw SaveRefusal.missing(record.id) }
        return (stored, true)
    }

    /// The cases among `ids` that exist, whoever may read them.
    public static func existing(_ ids: [CaseID], in transaction: WriteTransaction) async throws -> [CaseID] {
        var found: [CaseID] = []
        for id in ids where try await stored(id, in: transaction.sql) != nil { found.append(id) }
        return found
    }

    /// Deletes a case and its history inside `transaction`; the record as it was, or `nil`
    /// when there was none.
    public static func delete(_ id: CaseID, by actor: AuditActor, in transaction: WriteTransaction) async throws -> NexusCase? {
        let db = transaction.sql
        guard let before = try await stored(id, in: db) else { return nil }
        for table in ["case_facets", "case_revisions"] {
            try await db.raw("DELETE FROM \(unsafeRaw: table) WHERE case_id = \(bind: id.rawValue)").perform()
        }
        try await db.raw("DELETE FROM cases WHERE id = \(bind: id.rawValue)").perform()
        try await AuditLog.record(.init(.caseDelete, entity: id.rawValue, by: actor, before: AuditSummary(before.record)), in: db)
        return before.record
    }

    /// The case as saved at `revision`, if kept.
    public func revision(_ id: CaseID, _ revision: Int) async throws -> NexusCase? {
        try await Self.revision(id, revision, in: database.sql)
    }

    static func revision(_ id: CaseID, _ revision: Int, in db: any SQLDatabase) async throws -> NexusCase? {
        let rows: [any SQLRow] = try await db.raw(
            "SELECT record FROM case_revisions WHERE case_id = \(bind: id.rawValue) AND revision = \(bind: revision)"
        ).all()
        return try rows.first.map { try CaseCoding.decode(try $0.decode(column: "record", as: String.self), table: "case_revisions") }
    }

    private static func writeFacets(of record: NexusCase, in db: any SQLDatabase) async throws {
        var rows: [(String, String)] = CaseAccess.audience(of: record).words.map { ("audience", $0) }
        for facet in CaseFacet.allCases { rows += Set(facet.values(of: record)).sorted().map { (facet.rawValue, $0) } }
        for (facet, value) in rows {
            try await db.raw(
                "INSERT INTO case_facets (case_id, facet, value) VALUES (\(bind: record.id.rawValue), \(bind: facet), \(bind: value))"
            ).perform()
        }
    }

    /// What the audit log keeps of a case: its classification, not its texts, which the
    /// revision history holds.
    struct AuditSummary: Encodable, Sendable {
        let status: String
        let publication: String
        let title: String
        let actors: Int
        let relationships: Int

        init(_ record: NexusCase) {
            status = record.status.rawValue
            publication = record.publication.rawValue
            title = record.title.resolve(record.sourceLanguage, source: record.sourceLanguage).text
            actors = record.actors.count
            relationships = record.relationships.count
        }
    }
}

extension CaseRepository {
    /// Loads a bundled seed case once per installation (the seed ledger is shared with
    /// the evidence seeds): a case an editor changed or deleted stays as they left it.
    /// Returns the case as stored, or `nil` when the seed had been loaded before.
    public static func seed(named name: String, _ record: NexusCase, in transaction: WriteTransaction) async throws -> StoredCase? {
        let db = transaction.sql
        guard try await SeedLedger.claim(name, in: db) else { return nil }
        guard try await stored(record.id, in: db) == nil else { return nil }
        return try await save(record, expectedRevision: nil, action: .caseSeed, by: .firstStart, in: transaction).stored
    }
}
