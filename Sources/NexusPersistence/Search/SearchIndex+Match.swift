import NexusDomain
import SQLKit

extension SearchIndex {
    /// One SELECT per reading of the query (each language's analyzer reads it; languages
    /// that read it alike share one), giving the id, language, kind and score (higher is better) of each match;
    /// with `titleOnly`, only documents with every word in their title.
    func matchQuery(
        _ termsByLanguage: [(Language, [String])], alternatives: [String: [String]], query: SearchQuery,
        titleOnly: Bool = false
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
            if !query.kinds.isEmpty { filters += " AND d.kind IN (\(binds: query.kinds.sorted().map(\.rawValue)))" }
            for (facet, value) in query.facets.sorted(by: { $0.key < $1.key }) {
                filters += """
                     AND EXISTS (SELECT 1 FROM search_facets f
                                 WHERE f.document_id = \(unsafeRaw: idColumn) AND f.facet = \(bind: facet.rawValue) AND f.value = \(bind: value))
                    """
            }
            if let audiences = query.audiences {
                // Documents without an audience are everyone's; the others need one of the asker's.
                let audience: SQLQueryString =
                    "SELECT 1 FROM search_facets f WHERE f.document_id = \(unsafeRaw: idColumn) AND f.facet = \(bind: Self.audienceFacet)"
                filters +=
                    audiences.isEmpty
                    ? " AND NOT EXISTS (\(audience))"
                    : " AND (NOT EXISTS (\(audience)) OR EXISTS (\(audience) AND f.value IN (\(binds: audiences.sorted()))))"
            }
            switch database.engine {
            case .sqlite:
                let expression = groups.map { "(" + $0.map { "\"\($0)\"" }.joined(separator: " OR ") + ")" }.joined(separator: " AND ")
                if titleOnly {
                    return """
                        SELECT d.document_id AS id, d.language AS language, d.kind AS kind, -bm25(search_title_fts) AS score
                        FROM search_title_fts JOIN search_rows d ON d.rowid = search_title_fts.rowid
                        WHERE search_title_fts MATCH \(bind: expression) AND \(filters)
                        """
                }
                return """
                    SELECT d.document_id AS id, d.language AS language, d.kind AS kind, -bm25(search_fts, 4.0, 1.0) AS score
                    FROM search_fts JOIN search_rows d ON d.rowid = search_fts.rowid
                    WHERE search_fts MATCH \(bind: expression) AND \(filters)
                    """
            case .postgresql:
                // Title terms carry weight A (migration 3); `'term':A` matches only those.
                let weight = titleOnly ? ":A" : ""
                let expression = groups.map { "(" + $0.map { "'\($0)'\(weight)" }.joined(separator: " | ") + ")" }.joined(separator: " & ")
                return """
                    SELECT d.id AS id, d.language AS language, d.kind AS kind, ts_rank(d.terms, to_tsquery('simple', \(bind: expression)))::float8 AS score
                    FROM search_documents d
                    WHERE d.terms @@ to_tsquery('simple', \(bind: expression)) AND \(filters)
                    """
            }
        }.joined(separator: " UNION ALL ")
    }
}
