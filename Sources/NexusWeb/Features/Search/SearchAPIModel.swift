import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
import NexusApplication

/// The JSON of `GET /api/v1/search`, as `openapi.json` describes it.
struct SearchAPIModel: Encodable, Sendable {
    struct Result: Encodable, Sendable {
        let kind: String
        let id: String
        let title: String
        let url: String
        /// HTML: the text escaped, the matching words in `<mark>`.
        let snippet: String
        let score: Double
        let lang: String
    }

    struct Facet: Encodable, Sendable {
        let value: String
        let count: Int
    }

    let query: String
    let lang: String
    let page: Int
    let pageSize: Int
    /// The number of matches; when `exhaustive` is false, there are more than this.
    let total: Int
    /// False for a broad query answered from bounded candidates (title matches first).
    let exhaustive: Bool
    let results: [Result]
    let facets: [String: [Facet]]

    static func make(
        _ parameters: SearchParameters, results: SearchResults, language: Language, snapshot: ToolkitSnapshot
    ) -> SearchAPIModel {
        SearchAPIModel(
            query: parameters.text, lang: language.code, page: parameters.page, pageSize: SearchAnswers.pageSize,
            total: results.total, exhaustive: results.isExhaustive,
            results: results.hits.map { hit in
                let document = hit.document
                let parts = SearchSnippet.make(
                    text: document.text, language: document.language,
                    terms: results.matchedTerms[document.language] ?? [])
                return Result(
                    kind: document.kind.rawValue, id: document.item, title: document.title, url: SearchLinks.path(of: document, snapshot: snapshot),
                    snippet: parts.map { $0.isMatch ? "<mark>\(MarkupText.escape($0.text))</mark>" : MarkupText.escape($0.text) }.joined(),
                    score: hit.score, lang: document.language.code)
            },
            facets: Dictionary(
                uniqueKeysWithValues: results.facets.map { filter, counts in
                    (filter.name, counts.map { Facet(value: $0.value, count: $0.count) })
                }))
    }
}
