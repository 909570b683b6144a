import Foundation
import NexusDomain
import SQLKit

extension SearchIndex {
    /// The documents matching every word of `query` (a word matches its stem, or a word
    /// one letter away when the typed one is unknown), texts in the query's language
    /// first, then by relevance; with the total and the facet counts of all matches.
    /// A query matching more than ``broadLimit`` documents is answered from bounded
    /// candidates instead (see ``SearchResults/isExhaustive``), so that its cost does not
    /// grow with the index.
    public func search(_ query: SearchQuery) async throws -> SearchResults {
        let languages = query.onlyLanguage.map { [$0] } ?? Language.allCases
        let termsByLanguage = languages.map { ($0, query.terms(for: $0)) }.filter { !$0.1.isEmpty }
        guard !termsByLanguage.isEmpty else { return .empty }
        let alternatives = try await typoAlternatives(for: Set(termsByLanguage.flatMap(\.1)))
        let matches = matchQuery(termsByLanguage, alternatives: alternatives, query: query)

        // First pass: at most one match past the limit. When that many are not found, they
        // are all the matches, ranked and counted in this one statement.
        let bounded: SQLQueryString = """
            m AS MATERIALIZED (
                SELECT id, language, kind, score, 0 AS tier FROM (\(matches)) a LIMIT \(bind: broadLimit + 1))
            """
        var pass = try await rankedPass(bounded, query: query, unlessMoreThan: broadLimit)
        guard pass.count > 0 else { return .empty }
        let isExhaustive = pass.count <= broadLimit
        if !isExhaustive {
            // Too many matches to rank them all quickly: rank those with the words in
            // their title, then as many others, each set bounded by the limit.
            let titles = matchQuery(termsByLanguage, alternatives: alternatives, query: query, titleOnly: true)
            pass = try await rankedPass(
                """
                t AS MATERIALIZED (SELECT id, language, kind, score FROM (\(titles)) a LIMIT \(bind: broadLimit)),
                m AS MATERIALIZED (
                    SELECT id, language, kind, score, 0 AS tier FROM t
                    UNION ALL
                    SELECT id, language, kind, score, 1 AS tier FROM (
                        SELECT * FROM (\(matches)) a WHERE a.id NOT IN (SELECT id FROM t) LIMIT \(bind: broadLimit)) o)
                """, query: query, unlessMoreThan: nil)
        }
        var matched: [Language: Set<String>] = [:]
        for (language, terms) in termsByLanguage {
            matched[language] = Set(terms + terms.flatMap { alternatives[$0] ?? [] })
        }
        return SearchResults(
            total: isExhaustive ? pass.count : broadLimit, hits: pass.hits, facets: pass.facets,
            matchedTerms: matched, isExhaustive: isExhaustive, pageable: pass.count)
    }

    /// For each query term of five letters or more that the vocabulary does not know,
    /// the known terms one letter away.
    private func typoAlternatives(for terms: Set<String>) async throws -> [String: [String]] {
        let candidates = terms.filter { $0.count >= TypoTolerance.minimumLength }
        guard !candidates.isEmpty else { return [:] }
        let keys = candidates.flatMap { TypoTolerance.keys(of: $0) }
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT DISTINCT term FROM search_vocabulary WHERE lookup_key IN (\(binds: Array(Set(keys))))
            """
        ).all()
        let known = Set(try rows.map { try $0.decode(column: "term", as: String.self) })
        var alternatives: [String: [String]] = [:]
        for term in candidates where !known.contains(term) {
            let near = known.filter { TypoTolerance.withinOneEdit(term, $0) }.sorted()
            if !near.isEmpty { alternatives[term] = near }
        }
        return alternatives
    }
}
