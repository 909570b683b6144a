import Foundation
public import NexusDomain
import SQLKit

extension EvidenceRepository {
    /// Replaces the participation counts of each meeting named in `counts` by the counts
    /// given for it; meetings not named keep theirs. Audited per meeting.
    /// Returns the meetings whose counts changed.
    public static func replaceParticipation(
        _ counts: [ParticipationCount], meetings: Set<MeetingID>? = nil, by actor: AuditActor, in transaction: WriteTransaction
    ) async throws -> [MeetingID] {
        let byMeeting = Dictionary(grouping: counts, by: \.meeting)
        let meetings = (meetings ?? []).union(byMeeting.keys).sorted()
        let db = transaction.sql
        var changed: [MeetingID] = []
        for meeting in meetings {
            let before = try await Self.counts(of: meeting, in: db)
            let after = (byMeeting[meeting] ?? []).filter { $0.count > 0 }.sorted(by: Self.order)
            if before == after { continue }
            try await db.raw("DELETE FROM participation_counts WHERE meeting = \(bind: meeting.rawValue)").perform()
            for count in after {
                try await db.raw(
                    """
                    INSERT INTO participation_counts (meeting, category, country, participants)
                    VALUES (\(bind: meeting.rawValue), \(bind: count.category.rawValue), \(bind: count.country?.rawValue ?? ""),
                            \(bind: count.count))
                    """
                ).perform()
            }
            try await AuditLog.record(
                .init(
                    .participationReplace, entity: meeting.rawValue, by: actor, before: before.map(ParticipationFields.values),
                    after: after.map(ParticipationFields.values)), in: db)
            changed.append(meeting)
        }
        return changed
    }

    /// The participants recorded by name at a meeting, by name. Personal data: only for
    /// the signed-in pages of those who record evidence.
    public func participants(of meeting: MeetingID) async throws -> [NamedParticipant] {
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT id, meeting, name, organisation, category, country, consent_date FROM meeting_participants
            WHERE meeting = \(bind: meeting.rawValue) ORDER BY name, id
            """
        ).all()
        return try rows.map { row in
            NamedParticipant(
                id: ParticipantID(try row.decode(column: "id", as: String.self)), meeting: meeting,
                name: try row.decode(column: "name", as: String.self),
                organisation: try row.decode(column: "organisation", as: String.self),
                category: try row.decode(column: "category", as: String?.self).map { try Self.known(StakeholderCategory.self, $0, "category") },
                country: try Self.country(row.decode(column: "country", as: String?.self), table: "meeting_participants"),
                consentDate: try row.decode(column: "consent_date", as: String.self))
        }
    }

    /// Records a participant who consented. The audit entry names the record, not the
    /// person, so that the log does not copy personal data.
    public static func addParticipant(_ participant: NamedParticipant, by actor: AuditActor, in transaction: WriteTransaction) async throws {
        let db = transaction.sql
        try await db.raw(
            """
            INSERT INTO meeting_participants (id, meeting, name, organisation, category, country, consent_given, consent_date,
                                              created_at, created_by)
            VALUES (\(bind: participant.id.rawValue), \(bind: participant.meeting.rawValue), \(bind: participant.name),
                    \(bind: participant.organisation), \(bind: participant.category?.rawValue), \(bind: participant.country?.rawValue),
                    1, \(bind: participant.consentDate), \(bind: Self.now), \(bind: actor.userID?.rawValue))
            """
        ).perform()
        try await AuditLog.record(
            .init(
                .participantAdd, entity: participant.id.rawValue, by: actor,
                after: ["meeting": participant.meeting.rawValue]), in: db)
    }

    /// Erases a participant's record (when they withdraw consent, for example); `false`
    /// when there was none at that meeting.
    public static func removeParticipant(
        _ id: ParticipantID, meeting: MeetingID, by actor: AuditActor, in transaction: WriteTransaction
    ) async throws -> Bool {
        let db = transaction.sql
        let rows: [any SQLRow] = try await db.raw(
            """
            SELECT id FROM meeting_participants WHERE id = \(bind: id.rawValue) AND meeting = \(bind: meeting.rawValue)
            """
        ).all()
        guard !rows.isEmpty else { return false }
        try await db.raw("DELETE FROM meeting_participants WHERE id = \(bind: id.rawValue)").perform()
        try await AuditLog.record(.init(.participantRemove, entity: id.rawValue, by: actor, before: ["meeting": meeting.rawValue]), in: db)
        return true
    }

    static func counts(of meeting: MeetingID, in db: any SQLDatabase) async throws -> [ParticipationCount] {
        let rows: [any SQLRow] = try await db.raw(
            """
            SELECT category, country, participants FROM participation_counts WHERE meeting = \(bind: meeting.rawValue)
            """
        ).all()
        return try rows.map { try count(from: $0, meeting: meeting) }.sorted(by: order)
    }

    static func order(_ a: ParticipationCount, _ b: ParticipationCount) -> Bool {
        (a.category.rawValue, a.country?.rawValue ?? "") < (b.category.rawValue, b.country?.rawValue ?? "")
    }
}
