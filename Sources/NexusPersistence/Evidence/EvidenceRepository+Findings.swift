import Foundation
public import NexusDomain
import SQLKit

extension EvidenceRepository {
    /// Stores `finding`, new or changed, inside `transaction`; an identical finding is left
    /// alone and not audited.
    public static func save(_ finding: Finding, by actor: AuditActor, in transaction: WriteTransaction) async throws -> Outcome {
        try await save(
            finding.normalized, before: findings(where: finding.id, in: transaction.sql).first, action: .findingSave,
            by: actor, in: transaction.sql)
    }

    /// Whether a finding with `id` is stored, read inside a write.
    public static func exists(_ id: FindingID, in transaction: WriteTransaction) async throws -> Bool {
        let rows: [any SQLRow] = try await transaction.sql.raw("SELECT id FROM findings WHERE id = \(bind: id.rawValue)").all()
        return !rows.isEmpty
    }

    /// Stores every finding of an import inside `transaction`: all of them or, when any
    /// write fails, none. Returns how many were created, updated and left unchanged.
    public static func importFindings(
        _ findings: [Finding], by actor: AuditActor, in transaction: WriteTransaction
    ) async throws -> [Outcome: Int] {
        let db = transaction.sql
        // A large file is compared with everything stored in three reads, not three per finding.
        let stored: [FindingID: Finding]? =
            findings.count > readAllAbove
            ? Dictionary(uniqueKeysWithValues: try await Self.findings(where: nil, in: db).map { ($0.id, $0) }) : nil
        var outcomes: [Outcome: Int] = [:]
        for finding in findings {
            let before: Finding?
            if let stored { before = stored[finding.id] } else { before = try await Self.findings(where: finding.id, in: db).first }
            let outcome = try await save(finding.normalized, before: before, action: .findingImport, by: actor, in: db)
            outcomes[outcome, default: 0] += 1
        }
        return outcomes
    }

    /// Deletes a finding inside `transaction`; `false` when there was none.
    public static func deleteFinding(_ id: FindingID, by actor: AuditActor, in transaction: WriteTransaction) async throws -> Bool {
        let db = transaction.sql
        guard let before = try await findings(where: id, in: db).first else { return false }
        try await deleteRows(of: id, in: db)
        try await db.raw("DELETE FROM findings WHERE id = \(bind: id.rawValue)").perform()
        try await AuditLog.record(.init(.findingDelete, entity: id.rawValue, by: actor, before: FindingFields.values(of: before)), in: db)
        return true
    }

    /// Past this many findings an import reads every stored one at once.
    public static let readAllAbove = 50

    /// Writes `finding` over `before`, its stored state read in the same transaction.
    static func save(
        _ finding: Finding, before: Finding?, action: AuditAction, by actor: AuditActor, in db: any SQLDatabase
    ) async throws -> Outcome {
        if before == finding { return .unchanged }
        let now = Self.now
        if before == nil {
            try await db.raw(
                """
                INSERT INTO findings (id, meeting, region, kind, nexus_form, source, confidence, created_at, updated_at, updated_by)
                VALUES (\(bind: finding.id.rawValue), \(bind: finding.meeting?.rawValue), \(bind: finding.region.rawValue),
                        \(bind: finding.kind.rawValue),
                        \(bind: finding.nexusForm?.rawValue), \(bind: finding.source), \(bind: finding.confidence.rawValue),
                        \(bind: now), \(bind: now), \(bind: actor.userID?.rawValue))
                """
            ).perform()
        } else {
            try await deleteRows(of: finding.id, in: db)
            try await db.raw(
                """
                UPDATE findings SET meeting = \(bind: finding.meeting?.rawValue), region = \(bind: finding.region.rawValue),
                    kind = \(bind: finding.kind.rawValue), nexus_form = \(bind: finding.nexusForm?.rawValue),
                    source = \(bind: finding.source), confidence = \(bind: finding.confidence.rawValue),
                    updated_at = \(bind: now), updated_by = \(bind: actor.userID?.rawValue)
                WHERE id = \(bind: finding.id.rawValue)
                """
            ).perform()
        }
        for (language, text) in finding.texts.sorted(by: { $0.key.code < $1.key.code }) {
            try await db.raw(
                """
                INSERT INTO finding_texts (finding_id, language, text) VALUES (\(bind: finding.id.rawValue), \(bind: language.code), \(bind: text))
                """
            ).perform()
        }
        for tag in Tag.allCases {
            for value in tag.values(of: finding) {
                try await db.raw(
                    """
                    INSERT INTO finding_tags (finding_id, tag, value) VALUES (\(bind: finding.id.rawValue), \(bind: tag.rawValue), \(bind: value))
                    """
                ).perform()
            }
        }
        try await AuditLog.record(
            .init(
                action, entity: finding.id.rawValue, by: actor, before: before.map(FindingFields.values(of:)),
                after: FindingFields.values(of: finding)), in: db)
        return before == nil ? .created : .updated
    }

    private static func deleteRows(of id: FindingID, in db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM finding_texts WHERE finding_id = \(bind: id.rawValue)").perform()
        try await db.raw("DELETE FROM finding_tags WHERE finding_id = \(bind: id.rawValue)").perform()
    }
}
