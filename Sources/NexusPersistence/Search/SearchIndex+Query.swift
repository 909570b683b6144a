import Foundation
import NexusDomain
import SQLKit

extension SearchIndex {
    /// The documents matching every word of `query` (a word matches its stem, or a word
    /// one letter away when the typed one is unknown), texts in the query's language
    /// first, then by relevance; with the total and the facet counts of all matches.
    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let languages = query.onlyLanguage.map { [$0] } ?? Language.allCases
        let termsByLanguage = languages.map { ($0, query.terms(for: $0)) }.filter { !$0.1.isEmpty }
        guard !termsByLanguage.isEmpty else { return .empty }
        let alternatives = try await typoAlternatives(for: Set(termsByLanguage.flatMap(\.1)))
        let matches = matchQuery(termsByLanguage, alternatives: alternatives, query: query)

        let (total, facets) = try await totalAndFacets(of: matches)
        guard total > 0 else { return .empty }
        let rows: [any SQLRow] = try await database.sql.raw("""
            SELECT d.id, d.source, d.kind, d.item, d.language, d.title, d.body, d.url, m.score
            FROM (\(matches)) m JOIN search_documents d ON d.id = m.id
            ORDER BY CASE WHEN m.language = \(bind: query.language.code) THEN 0 ELSE 1 END, m.score DESC, d.id
            LIMIT \(bind: query.pageSize) OFFSET \(bind: (query.page - 1) * query.pageSize)
            """).all()
        let hits = try rows.map { row in
            SearchHit(document: SearchDocument(
                id: try row.decode(column: "id", as: String.self), source: try row.decode(column: "source", as: String.self),
                kind: try row.decode(column: "kind", as: String.self), item: try row.decode(column: "item", as: String.self),
                language: Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .source,
                title: try row.decode(column: "title", as: String.self), text: try row.decode(column: "body", as: String.self),
                url: try row.decode(column: "url", as: String.self)),
                score: try row.decode(column: "score", as: Double.self))
        }
        var matched: [Language: Set<String>] = [:]
        for (language, terms) in termsByLanguage {
            matched[language] = Set(terms + terms.flatMap { alternatives[$0] ?? [] })
        }
        return SearchResults(total: total, hits: hits, facets: facets, matchedTerms: matched)
    }

    /// The number of matches and the counts of kind, language and every stored facet over
    /// them, from one evaluation of the match (the CTE is materialised, not run per count).
    /// CROSS JOIN keeps SQLite walking the matches and looking up their rows, rather than
    /// scanning every facet row against an unindexed list; PostgreSQL plans it as a join.
    private func totalAndFacets(of matches: SQLQueryString) async throws -> (Int, [String: [FacetCount]]) {
        let rows: [any SQLRow] = try await database.sql.raw("""
            WITH m AS MATERIALIZED (\(matches))
            SELECT 'total' AS facet, '' AS value, COUNT(*) AS n FROM m
            UNION ALL
            SELECT 'kind' AS facet, m.kind AS value, COUNT(*) AS n FROM m GROUP BY m.kind
            UNION ALL
            SELECT 'language' AS facet, m.language AS value, COUNT(*) AS n FROM m GROUP BY m.language
            UNION ALL
            SELECT f.facet AS facet, f.value AS value, COUNT(*) AS n
            FROM m CROSS JOIN search_facets f WHERE f.document_id = m.id GROUP BY f.facet, f.value
            """).all()
        var total = 0
        var facets: [String: [FacetCount]] = [:]
        for row in rows {
            let facet = try row.decode(column: "facet", as: String.self), count = try row.decode(column: "n", as: Int.self)
            if facet == "total" { total = count; continue }
            facets[facet, default: []].append(FacetCount(value: try row.decode(column: "value", as: String.self), count: count))
        }
        return (total, facets.mapValues { $0.sorted { ($0.count, $1.value) > ($1.count, $0.value) } })
    }

    /// For each query term of five letters or more that the vocabulary does not know,
    /// the known terms one letter away.
    private func typoAlternatives(for terms: Set<String>) async throws -> [String: [String]] {
        let candidates = terms.filter { $0.count >= TypoTolerance.minimumLength }
        guard !candidates.isEmpty else { return [:] }
        let keys = candidates.flatMap { TypoTolerance.keys(of: $0) }
        let rows: [any SQLRow] = try await database.sql.raw("""
            SELECT DISTINCT term FROM search_vocabulary WHERE lookup_key IN (\(binds: Array(Set(keys))))
            """).all()
        let known = Set(try rows.map { try $0.decode(column: "term", as: String.self) })
        var alternatives: [String: [String]] = [:]
        for term in candidates where !known.contains(term) {
            let near = known.filter { TypoTolerance.withinOneEdit(term, $0) }.sorted()
            if !near.isEmpty { alternatives[term] = near }
        }
        return alternatives
    }

    /// One SELECT per language, each matching the query as that language's analyzer
    /// reads it, giving the id, language and score (higher is better) of each match.
    private func matchQuery(
        _ termsByLanguage: [(Language, [String])], alternatives: [String: [String]], query: SearchQuery
    ) -> SQLQueryString {
        // Languages whose analyzers read the query alike ("UNTOC", "2482", a name) share
        // one arm, so the full-text index is searched once for them.
        var arms: [(groups: [[String]], languages: [String])] = []
        for (language, terms) in termsByLanguage {
            let groups = terms.map { [$0] + (alternatives[$0] ?? []) }
            if let same = arms.firstIndex(where: { $0.groups == groups }) {
                arms[same].languages.append(language.code)
            } else {
                arms.append((groups, [language.code]))
            }
        }
        // On SQLite `d` is the narrow `search_rows`, on PostgreSQL `search_documents`.
        let idColumn = database.engine == .sqlite ? "d.document_id" : "d.id"
        return arms.map { groups, languages in
            var filters: SQLQueryString = "d.language IN (\(binds: languages))"
            if !query.kinds.isEmpty { filters += " AND d.kind IN (\(binds: query.kinds.sorted()))" }
            for (facet, value) in query.facets.sorted(by: { $0.key < $1.key }) {
                filters += """
                     AND EXISTS (SELECT 1 FROM search_facets f
                                 WHERE f.document_id = \(unsafeRaw: idColumn) AND f.facet = \(bind: facet) AND f.value = \(bind: value))
                    """
            }
            switch database.engine {
            case .sqlite:
                let expression = groups.map { "(" + $0.map { "\"\($0)\"" }.joined(separator: " OR ") + ")" }.joined(separator: " AND ")
                return """
                    SELECT d.document_id AS id, d.language AS language, d.kind AS kind, -bm25(search_fts, 4.0, 1.0) AS score
                    FROM search_fts JOIN search_rows d ON d.rowid = search_fts.rowid
                    WHERE search_fts MATCH \(bind: expression) AND \(filters)
                    """
            case .postgresql:
                let expression = groups.map { "(" + $0.map { "'\($0)'" }.joined(separator: " | ") + ")" }.joined(separator: " & ")
                return """
                    SELECT d.id AS id, d.language AS language, d.kind AS kind, ts_rank(d.terms, to_tsquery('simple', \(bind: expression)))::float8 AS score
                    FROM search_documents d
                    WHERE d.terms @@ to_tsquery('simple', \(bind: expression)) AND \(filters)
                    """
            }
        }.joined(separator: " UNION ALL ")
    }
}
