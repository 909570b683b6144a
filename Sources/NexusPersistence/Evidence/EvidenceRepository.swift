import Foundation
public import NexusDomain
import SQLKit

/// Findings, participation counts and named participants: reading them whole for the
/// evidence snapshot, and writing them, with their audit entries, inside the transaction of
/// the use case that makes the write.
public struct EvidenceRepository: Sendable {
    let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// What a write did.
    public enum Outcome: String, Sendable, Hashable {
        case created, updated, unchanged, deleted
    }

    /// Every finding and participation count, for the public pages. Named participants
    /// are not part of it.
    public func snapshot() async throws -> EvidenceSnapshot {
        EvidenceSnapshot(findings: try await Self.findings(where: nil, in: database.sql), participation: try await participation())
    }

    /// Every participation count.
    public func participation() async throws -> [ParticipationCount] {
        let counts: [any SQLRow] = try await database.sql.raw(
            "SELECT meeting, category, country, participants FROM participation_counts"
        ).all()
        return try counts.map { try Self.count(from: $0, meeting: nil) }
    }

    /// A row of `participation_counts`; `meeting` when the query did not select it.
    static func count(from row: any SQLRow, meeting: MeetingID?) throws -> ParticipationCount {
        let category = try known(StakeholderCategory.self, row, "category", table: "participation_counts")
        return ParticipationCount(
            meeting: try meeting ?? MeetingID(row.decode(column: "meeting", as: String.self)), category: category,
            country: try country(row.decode(column: "country", as: String.self), table: "participation_counts"),
            count: try row.decode(column: "participants", as: Int.self))
    }

    /// A stored country code; empty for none. One this build does not know is an error.
    static func country(_ text: String?, table: String) throws -> CountryCode? {
        guard let text, !text.isEmpty else { return nil }
        guard let code = CountryCode(text) else { throw StoredValueInvalid(table: table, column: "country", value: text) }
        return code
    }

    /// One finding as stored now.
    public func finding(_ id: FindingID) async throws -> Finding? {
        try await Self.findings(where: id, in: database.sql).first
    }

    /// Reads findings with their texts and tags: all of them, or the one with `id`.
    static func findings(where id: FindingID?, in db: any SQLDatabase) async throws -> [Finding] {
        let filter: SQLQueryString = id.map { "WHERE id = \(bind: $0.rawValue)" } ?? ""
        let tagFilter: SQLQueryString = id.map { "WHERE finding_id = \(bind: $0.rawValue)" } ?? ""
        let rows: [any SQLRow] = try await db.raw(
            """
            SELECT id, meeting, region, kind, nexus_form, source, confidence FROM findings \(filter)
            """
        ).all()
        let textRows: [any SQLRow] = try await db.raw("SELECT finding_id, language, text FROM finding_texts \(tagFilter)").all()
        let tagRows: [any SQLRow] = try await db.raw("SELECT finding_id, tag, value FROM finding_tags \(tagFilter)").all()
        var texts: [String: [Language: String]] = [:]
        for row in textRows {
            guard let language = Language(rawValue: try row.decode(column: "language", as: String.self)) else { continue }
            texts[try row.decode(column: "finding_id", as: String.self), default: [:]][language] =
                try row.decode(column: "text", as: String.self)
        }
        var tags: [String: [String: [String]]] = [:]
        for row in tagRows {
            tags[try row.decode(column: "finding_id", as: String.self), default: [:]][
                try row.decode(column: "tag", as: String.self), default: []
            ].append(try row.decode(column: "value", as: String.self))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: String.self)
            let kind = try known(FindingKind.self, row, "kind", table: "findings")
            let confidence = try known(FindingConfidence.self, row, "confidence", table: "findings")
            let tag = tags[id] ?? [:]
            return Finding(
                id: FindingID(id), meeting: try row.decode(column: "meeting", as: String?.self).map { MeetingID($0) },
                region: RegionID(try row.decode(column: "region", as: String.self)), kind: kind,
                nexusForm: try row.decode(column: "nexus_form", as: String?.self).map { try known(NexusForm.self, $0, "nexus_form") },
                countries: try (tag[Tag.country.rawValue] ?? []).compactMap { try Self.country($0, table: "finding_tags") },
                markets: try (tag[Tag.market.rawValue] ?? []).map { try known(CrimeMarket.self, $0, "finding_tags.value") },
                factors: try (tag[Tag.factor.rawValue] ?? []).map { try known(EnablingFactor.self, $0, "finding_tags.value") },
                practices: tag[Tag.practice.rawValue] ?? [],
                source: try row.decode(column: "source", as: String.self), confidence: confidence,
                texts: texts[id] ?? [:]
            ).normalized
        }
    }

    /// The list fields of a finding, as `finding_tags` names them.
    enum Tag: String, CaseIterable {
        case country, market, factor, practice

        func values(of finding: Finding) -> [String] {
            switch self {
            case .country: finding.countries.map(\.rawValue)
            case .market: finding.markets.map(\.rawValue)
            case .factor: finding.factors.map(\.rawValue)
            case .practice: finding.practices
            }
        }
    }

    static var now: String { StoredTime.text(.now) }

    /// A vocabulary value read from a column; one this build does not know is an error,
    /// never a row that silently disappears.
    static func known<Value: RawRepresentable<String>>(
        _ type: Value.Type, _ row: any SQLRow, _ column: String, table: String
    ) throws -> Value {
        let text = try row.decode(column: column, as: String.self)
        guard let value = Value(rawValue: text) else { throw StoredValueInvalid(table: table, column: column, value: text) }
        return value
    }

    /// The same for a value already read.
    static func known<Value: RawRepresentable<String>>(_ type: Value.Type, _ text: String, _ column: String) throws -> Value {
        guard let value = Value(rawValue: text) else { throw StoredValueInvalid(table: "findings", column: column, value: text) }
        return value
    }
}
