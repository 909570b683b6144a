/// A block-level element of a parsed document.
///
/// The tree is never deeper than ``MarkdownDocument/maximumNestingDepth`` containers,
/// so walking it recursively is safe whatever the input was.
public enum MarkdownBlock: Sendable, Equatable {
    /// Running text; consecutive source lines separated only by single newlines.
    case paragraph([MarkdownInline])
    /// An ATX heading (`#` to `######`); `level` is 1 to 6.
    case heading(level: Int, [MarkdownInline])
    /// A `-`, `*` or `+` list. Tight lists render their paragraphs without `<p>`.
    case bulletList(items: [MarkdownListItem], isTight: Bool)
    /// A `1.` or `1)` list; `start` is the first item's number as written.
    case orderedList(start: Int, items: [MarkdownListItem], isTight: Bool)
    /// A `>` quotation, which may hold any other blocks.
    case blockquote([MarkdownBlock])
    /// Literal text: fenced (``` or ~~~) or indented by four spaces.
    ///
    /// `info` is the fence's first word (the language), empty for indented code;
    /// `code` keeps its final newline, as CommonMark does.
    case codeBlock(info: String, code: String)
    /// `---`, `***` or `___` on a line of its own.
    case thematicBreak
}

/// One item of a bullet or ordered list: a list item is a container, so it holds
/// blocks (paragraphs, nested lists, quotes…) rather than text.
public struct MarkdownListItem: Sendable, Equatable {
    /// The item's content, in source order.
    public var blocks: [MarkdownBlock]

    /// Wraps `blocks` as one list item.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}

/// An inline element: text and the spans that style or link it.
///
/// Text payloads are plain characters: escapes and character references are already
/// decoded, and nothing in them is markup. Renderers must escape them.
public enum MarkdownInline: Sendable, Equatable {
    /// Literal characters.
    case text(String)
    /// `*text*` or `_text_`.
    case emphasis([MarkdownInline])
    /// `**text**` or `__text__`.
    case strong([MarkdownInline])
    /// `` `code` ``: shown verbatim, without any further Markdown.
    case code(String)
    /// `[text](url "title")` or an `<https://…>` autolink.
    ///
    /// The URL is recorded as written (escapes and references decoded) and has not
    /// been vetted: ``HTMLRenderer`` applies ``MarkdownURLPolicy`` when it renders.
    case link(url: String, title: String?, [MarkdownInline])
    /// `![alt](source "title")`; the alt text is flattened to plain characters.
    /// Like a link's URL, `source` is checked only when rendered.
    case image(source: String, alt: String, title: String?)
    /// A forced line break: two or more spaces, or a backslash, at the end of a line.
    case hardBreak
    /// A plain line ending inside a paragraph; readers see a space.
    case softBreak
}
