public import NexusDomain

/// A feature's contribution to search: the source name its documents are written under,
/// and the kinds and facets they carry. A feature that indexes something registers its
/// source in ``SearchSources/all``; the search page and API accept exactly the kinds and
/// facets registered there.
public protocol SearchSource {
    /// The name its documents are stored under; a source is rewritten as a whole or by item.
    static var source: String { get }
    /// The kinds of its documents.
    static var kinds: [SearchKind] { get }
    /// The facets its documents carry.
    static var facets: [SearchFacet] { get }
}

/// Every feature's search source.
public enum SearchSources {
    /// The registered sources.
    public static var all: [any SearchSource.Type] { [ToolkitSearchSource.self, EvidenceSearchSource.self, CaseSearchSource.self] }

    /// Every kind some source writes, in the order of ``SearchKind``.
    public static let kinds: [SearchKind] = SearchKind.allCases.filter { kind in all.contains { $0.kinds.contains(kind) } }

    /// Every facet some source writes, in the order of ``SearchFacet``.
    public static let facets: [SearchFacet] = SearchFacet.allCases.filter { facet in all.contains { $0.facets.contains(facet) } }
}
