/// A piece of a paragraph's inline content in source order, before emphasis and
/// links are nested: the scan only records where they open and close.
enum InlinePiece {
    case text([UInt8])
    case code(String)
    case softBreak
    case hardBreak
    /// A run of `*` or `_`; its matches decide what it becomes.
    case delimiter(Int)
    /// `[` or `![`: a link or image if a `]` with a destination closed it, else text.
    case opener(Int)
    /// The `](…)` that closed the given opener.
    case closer(Int)
    case autolink(url: String, text: String)
}

/// One emphasis match: a pair of delimiter runs that became `<em>` or `<strong>`.
struct EmphasisMatch {
    let pair: Int
    let isStrong: Bool
}

/// A run of `*` or `_` characters and what became of it.
struct DelimiterRun {
    let character: UInt8
    let originalCount: Int
    var count: Int
    let canOpen: Bool
    let canClose: Bool
    /// Neighbours in the list of runs still waiting for a match.
    var previous: Int?
    var next: Int?
    /// Matches this run opens, innermost first; they take characters from its end.
    var opens: [EmphasisMatch] = []
    /// Matches this run closes, innermost first; they take characters from its start.
    var closes: [EmphasisMatch] = []
}

/// Where a link or image goes, as written (not yet vetted by the URL policy).
struct LinkTarget {
    let url: String
    let title: String?
}

/// A `[` or `![` waiting for its `]`.
struct BracketOpener {
    let isImage: Bool
    /// The newest delimiter run before the bracket: emphasis inside the link text is
    /// resolved above it, when the link closes.
    let delimiterBottom: Int?
    var target: LinkTarget?
}
