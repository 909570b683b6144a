import Foundation
public import NexusDomain
import SQLKit

/// The case library's store: cases read one at a time or a page at a time — filtered by
/// facets and by what the reader may read, never the whole library — and written, with
/// their revision history, inside the transaction of the use case that makes the write.
public struct CaseRepository: Sendable {
    let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// A page of cases and how many match in all.
    public struct Page: Sendable, Hashable {
        public let cases: [StoredCase]
        public let total: Int
    }

    /// One case as stored now, whoever may read it: callers apply ``CaseAccess``.
    public func stored(_ id: CaseID) async throws -> StoredCase? {
        try await Self.stored(id, in: database.sql)
    }

    /// The cases that match `filter` and that `readable` allows, newest period first, then
    /// by title; `limit` and `offset` page through them.
    public func page(
        _ filter: CaseFilter, readable: CaseAccess.Readable, limit: Int, offset: Int = 0
    ) async throws -> Page {
        let condition = Self.condition(filter, readable: readable)
        let countRows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM cases WHERE \(condition)").all()
        let total = try countRows.first?.decode(column: "n", as: Int.self) ?? 0
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT id, revision, record, created_at, updated_at, updated_by FROM cases WHERE \(condition)
            ORDER BY COALESCE(start_year, 0) DESC, sort_title, id
            LIMIT \(bind: max(0, limit)) OFFSET \(bind: max(0, offset))
            """
        ).all()
        return Page(cases: try rows.map(Self.stored(from:)), total: total)
    }

    /// For each facet, each value with how many of the matching cases have it.
    public func facetCounts(_ filter: CaseFilter, readable: CaseAccess.Readable) async throws -> [CaseFacet: [FacetCount]] {
        let condition = Self.condition(filter, readable: readable)
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT facet, value, COUNT(*) AS n FROM case_facets
            WHERE facet <> 'audience' AND case_id IN (SELECT id FROM cases WHERE \(condition))
            GROUP BY facet, value ORDER BY facet, n DESC, value
            """
        ).all()
        var counts: [CaseFacet: [FacetCount]] = [:]
        for row in rows {
            let name = try row.decode(column: "facet", as: String.self)
            guard let facet = CaseFacet(rawValue: name) else { throw StoredValueInvalid(table: "case_facets", column: "facet", value: name) }
            counts[facet, default: []].append(
                FacetCount(value: try row.decode(column: "value", as: String.self), count: try row.decode(column: "n", as: Int.self)))
        }
        return counts
    }

    /// Every case, for a start that rewrites search documents and for exports of the whole
    /// library by its editors; in pages of `batch`, so memory stays bounded.
    public func eachPage(batch: Int = 100, _ body: ([StoredCase]) async throws -> Void) async throws {
        var offset = 0
        while true {
            let page = try await page(CaseFilter(), readable: CaseAccess.Readable(all: true), limit: batch, offset: offset)
            if page.cases.isEmpty { return }
            try await body(page.cases)
            offset += page.cases.count
        }
    }

    /// The SQL condition on `cases` for a filter and a reader.
    static func condition(_ filter: CaseFilter, readable: CaseAccess.Readable) -> SQLQueryString {
        var parts: [SQLQueryString] = ["1 = 1"]
        if let words = readable.words {
            let list = words.sorted().map { $0 as any Encodable & Sendable }
            parts.append(
                list.isEmpty
                    ? "1 = 0"
                    : "id IN (SELECT case_id FROM case_facets WHERE facet = 'audience' AND value IN (\(binds: list)))")
        }
        for (facet, value) in filter.values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            parts.append("id IN (SELECT case_id FROM case_facets WHERE facet = \(bind: facet.rawValue) AND value = \(bind: value))")
        }
        return parts.joined(separator: " AND ")
    }

    static func stored(_ id: CaseID, in db: any SQLDatabase) async throws -> StoredCase? {
        let rows: [any SQLRow] = try await db.raw(
            "SELECT id, revision, record, created_at, updated_at, updated_by FROM cases WHERE id = \(bind: id.rawValue)"
        ).all()
        return try rows.first.map(stored(from:))
    }

    static func stored(from row: any SQLRow) throws -> StoredCase {
        StoredCase(
            record: try CaseCoding.decode(try row.decode(column: "record", as: String.self), table: "cases"),
            revision: try row.decode(column: "revision", as: Int.self), updatedAt: try row.date("updated_at", table: "cases"),
            updatedBy: try row.decode(column: "updated_by", as: String.self), createdAt: try row.date("created_at", table: "cases"))
    }
}

/// Cases as the JSON the store keeps: keys sorted, so equal records store equal text.
enum CaseCoding {
    static func encode(_ record: NexusCase) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    static func decode(_ text: String, table: String) throws -> NexusCase {
        do {
            return try JSONDecoder().decode(NexusCase.self, from: Data(text.utf8))
        } catch {
            throw StoredValueInvalid(table: table, column: "record", value: String(text.prefix(80)))
        }
    }
}

extension CaseRepository {
    /// The published public cases in brief, for the pages every visitor sees.
    public func publicIndex() async throws -> PublicCaseIndex {
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT id, revision, record, created_at, updated_at, updated_by FROM cases
            WHERE id IN (SELECT case_id FROM case_facets WHERE facet = 'audience' AND value = 'public')
            """
        ).all()
        return PublicCaseIndex(try rows.map { try Self.stored(from: $0).record })
    }
}
