import NexusDomain
import SQLKit

extension SearchIndex {
    /// What one statement over the ranked rows `m` gives: how many there are, the facet
    /// counts over them, and the asked page of hits.
    struct RankedPass {
        var count = 0
        var facets: [SearchFilter: [FacetCount]] = [:]
        var hits: [SearchHit] = []
    }

    /// Counts, facets and the page of hits of the rows the CTEs `ranked` define as `m`
    /// (id, language, kind, score, tier), in one statement, so that the full-text match
    /// behind them is evaluated once. With `limit`, only the count is worked out when
    /// there are more rows than that. The parts are told apart by the `part` column.
    /// The page is chosen from `m` alone and only its rows are read from `search_documents`,
    /// whose rows carry whole texts. CROSS JOIN keeps SQLite walking the rows and looking
    /// up their facets and documents, rather than scanning those tables against an
    /// unindexed list; PostgreSQL plans it as a join.
    func rankedPass(_ ranked: SQLQueryString, query: SearchQuery, unlessMoreThan limit: Int?) async throws -> RankedPass {
        let within: SQLQueryString = limit.map { "(SELECT total FROM n) <= \(bind: $0)" } ?? "1 = 1"
        let none = "NULL AS id, NULL AS source, NULL AS item, NULL AS language, NULL AS title, NULL AS body"
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            WITH \(ranked), n AS (SELECT COUNT(*) AS total FROM m)
            SELECT 'total' AS part, '' AS facet, '' AS value, total AS n, 0 AS position, \(unsafeRaw: none), 0.0 AS score FROM n
            UNION ALL
            SELECT 'facet', 'kind', m.kind, COUNT(*), 0, \(unsafeRaw: none), 0.0 FROM m WHERE \(within) GROUP BY m.kind
            UNION ALL
            SELECT 'facet', 'language', m.language, COUNT(*), 0, \(unsafeRaw: none), 0.0 FROM m WHERE \(within) GROUP BY m.language
            UNION ALL
            SELECT 'facet', f.facet, f.value, COUNT(*), 0, \(unsafeRaw: none), 0.0
            FROM m CROSS JOIN search_facets f
            WHERE f.document_id = m.id AND f.facet <> \(bind: Self.audienceFacet) AND \(within) GROUP BY f.facet, f.value
            UNION ALL
            SELECT 'hit', d.kind, '', 0, p.position, d.id, d.source, d.item, d.language, d.title, d.body, p.score
            FROM (
                SELECT ROW_NUMBER() OVER (
                           ORDER BY CASE WHEN m.language = \(bind: query.language.code) THEN 0 ELSE 1 END, m.tier, m.score DESC, m.id
                       ) AS position, m.id, m.score
                FROM m WHERE \(within)
                ORDER BY position LIMIT \(bind: query.pageSize) OFFSET \(bind: (query.page - 1) * query.pageSize)) p
            CROSS JOIN search_documents d WHERE d.id = p.id
            """
        ).all()
        var pass = RankedPass()
        var hits: [(Int, SearchHit)] = []
        for row in rows {
            switch try row.decode(column: "part", as: String.self) {
            case "total": pass.count = try row.decode(column: "n", as: Int.self)
            case "facet":
                pass.facets[try Self.filter(row), default: []].append(
                    FacetCount(
                        value: try row.decode(column: "value", as: String.self), count: try row.decode(column: "n", as: Int.self)))
            default: hits.append((try row.decode(column: "position", as: Int.self), try Self.hit(row)))
            }
        }
        pass.facets = pass.facets.mapValues { $0.sorted { ($0.count, $1.value) > ($1.count, $0.value) } }
        pass.hits = hits.sorted { $0.0 < $1.0 }.map(\.1)
        return pass
    }

    private static func language(_ row: any SQLRow) throws -> Language {
        let code = try row.decode(column: "language", as: String.self)
        guard let language = Language(rawValue: code) else {
            throw StoredValueInvalid(table: "search_documents", column: "language", value: code)
        }
        return language
    }

    private static func filter(_ row: any SQLRow) throws -> SearchFilter {
        let name = try row.decode(column: "facet", as: String.self)
        guard let filter = SearchFilter(name: name) else { throw StoredValueInvalid(table: "search_facets", column: "facet", value: name) }
        return filter
    }

    private static func kind(_ row: any SQLRow) throws -> SearchKind {
        let name = try row.decode(column: "facet", as: String.self)
        guard let kind = SearchKind(rawValue: name) else { throw StoredValueInvalid(table: "search_documents", column: "kind", value: name) }
        return kind
    }

    /// A hit row of ``rankedPass``: the kind is in the `facet` column.
    private static func hit(_ row: any SQLRow) throws -> SearchHit {
        SearchHit(
            document: SearchDocument(
                id: try row.decode(column: "id", as: String.self), source: try row.decode(column: "source", as: String.self),
                kind: try kind(row), item: try row.decode(column: "item", as: String.self),
                language: try language(row),
                title: try row.decode(column: "title", as: String.self), text: try row.decode(column: "body", as: String.self)),
            score: try row.decode(column: "score", as: Double.self))
    }
}
