/// A parsed Markdown text: the single source for both the HTML a reader sees and the
/// plain text a search index stores, so the two can never disagree.
///
/// Parsing never fails and takes time roughly linear in the input's length, whatever
/// the input: unmatched markers become text, and containers nested deeper than
/// ``maximumNestingDepth`` are read as text too. Raw HTML is not recognised at all:
/// `<script>` is four characters of text, rendered escaped.
public struct MarkdownDocument: Sendable, Equatable {
    /// How many containers (quotes, list items) or inline spans (emphasis, links) may
    /// nest before further markers are taken literally. It keeps every later walk of
    /// the tree, including the compiler's own recursive code, far from the stack's end.
    public static let maximumNestingDepth = 32

    /// The document's top-level blocks, in source order.
    public let blocks: [MarkdownBlock]

    /// Parses `text` as Markdown (a CommonMark subset: no raw HTML, no setext headings,
    /// no tables, no reference-style links).
    public init(parsing text: String) {
        var parser = BlockParser(source: SourceText(text))
        blocks = parser.parseDocument()
    }

    /// The document as an HTML fragment, with the default ``HTMLRenderer``.
    public var html: String {
        HTMLRenderer().render(self)
    }

    /// The words a reader sees, for search indexing and snippets: one line per
    /// paragraph, heading, list item or code line; link texts and image alt texts kept,
    /// URLs and markup dropped.
    public var plainText: String {
        PlainTextRenderer.render(blocks)
    }
}
