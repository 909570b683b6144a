/// One searchable text: a language version of a toolkit item, a finding; a case or a
/// scenario later, each registered by its feature under a source name of its own. Where a
/// reader opens it is the front end's business: a web address follows from its kind, item
/// and language.
public struct SearchDocument: Sendable, Hashable {
    /// Unique across sources, e.g. "toolkit:practice/consistent-legal-frameworks/fr".
    public let id: String
    /// The feature that indexes it ("toolkit"); a source is rebuilt as a whole.
    public let source: String
    /// What it is, for grouping and filtering.
    public let kind: SearchKind
    /// The item within its kind (a slug or an id), shared by its language versions.
    public let item: String
    /// The language the text is in.
    public let language: Language
    public let title: String
    /// Plain text (no Markdown), for matching and for snippets.
    public let text: String
    /// The toolkit items it is linked to, by facet.
    public let facets: [SearchFacet: [String]]
    /// Other names the document is found by as if they were its title ("UNTOC" for the
    /// French text of the convention), never shown.
    public let aliases: [String]
    /// Who may find it, as words a ``SearchQuery/audiences`` names (a case for registered
    /// users has `registered`); empty for what everyone may read.
    public let audience: [String]

    /// Creates a document.
    public init(
        id: String, source: String, kind: SearchKind, item: String, language: Language, title: String, text: String,
        facets: [SearchFacet: [String]] = [:], aliases: [String] = [], audience: [String] = []
    ) {
        self.id = id
        self.source = source
        self.kind = kind
        self.item = item
        self.language = language
        self.title = title
        self.text = text
        self.facets = facets
        self.aliases = aliases
        self.audience = audience
    }

    /// The analysed terms of the title and aliases, space-separated, as the index stores them.
    public var titleTerms: String {
        ([title] + aliases).flatMap { SearchAnalyzer.terms(in: $0, language: language) }.joined(separator: " ")
    }
    /// The analysed terms of the text.
    public var textTerms: String { SearchAnalyzer.terms(in: text, language: language).joined(separator: " ") }
}

/// What a reader asks: words, the language they ask in, and filters.
public struct SearchQuery: Sendable, Hashable {
    public var text: String
    /// Texts in this language come first.
    public var language: Language
    /// Only these kinds, when not empty.
    public var kinds: Set<SearchKind>
    /// Only texts in this language, when set.
    public var onlyLanguage: Language?
    /// Only documents with these facet values (all of them).
    public var facets: [SearchFacet: String]
    /// The audiences whose documents the asker may find besides everyone's; `nil` for all
    /// of them (an editor). See ``SearchDocument/audience``.
    public var audiences: Set<String>?
    /// From 1.
    public var page: Int
    public var pageSize: Int

    /// Creates a query.
    public init(
        text: String, language: Language, kinds: Set<SearchKind> = [], onlyLanguage: Language? = nil,
        facets: [SearchFacet: String] = [:], audiences: Set<String>? = [], page: Int = 1, pageSize: Int = 20
    ) {
        self.text = text
        self.language = language
        self.kinds = kinds
        self.onlyLanguage = onlyLanguage
        self.facets = facets
        self.audiences = audiences
        self.page = max(1, page)
        self.pageSize = min(max(1, pageSize), 100)
    }

    /// The query's terms as each language's analyzer reads them: a word is looked for in
    /// French texts as French stems it, in Arabic texts as Arabic does.
    public func terms(for language: Language) -> [String] {
        var seen = Set<String>()
        return SearchAnalyzer.terms(in: text, language: language).filter { seen.insert($0).inserted }
    }
}

/// One result.
public struct SearchHit: Sendable, Hashable {
    public let document: SearchDocument
    /// Higher is better; comparable within one result list only.
    public let score: Double

    public init(document: SearchDocument, score: Double) {
        self.document = document
        self.score = score
    }
}

/// A page of results with the facet counts of all matches — or, for a query so broad
/// that ranking every match would be slow, of the candidates that were ranked.
public struct SearchResults: Sendable, Hashable {
    /// The number of matches; when `isExhaustive` is false, there are more than this.
    public let total: Int
    public let hits: [SearchHit]
    /// For each filter, each value with how many matches have it.
    public let facets: [SearchFilter: [FacetCount]]
    /// The terms that matched in each language, typo corrections included, for highlighting.
    public let matchedTerms: [Language: Set<String>]
    /// False for a broad query: only a bounded set of candidates (those with the words in
    /// their title first) was ranked and counted in the facets.
    public let isExhaustive: Bool
    /// How many results can be paged through: all matches, or the ranked candidates.
    public let pageable: Int

    public init(
        total: Int, hits: [SearchHit], facets: [SearchFilter: [FacetCount]], matchedTerms: [Language: Set<String>] = [:],
        isExhaustive: Bool = true, pageable: Int? = nil
    ) {
        self.total = total
        self.hits = hits
        self.facets = facets
        self.matchedTerms = matchedTerms
        self.isExhaustive = isExhaustive
        self.pageable = pageable ?? total
    }

    public static let empty = SearchResults(total: 0, hits: [], facets: [:])
}

/// A facet value and how many matches carry it.
public struct FacetCount: Sendable, Hashable {
    public let value: String
    public let count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}
