/// Renders a parsed document as an HTML fragment.
///
/// The output follows Ink 0.6.0's shapes (`<p>`, `<ul><li>`, `<h2>`, `<br>`, blocks
/// written back to back without newlines, no attributes beyond `href`, `title`, `src`,
/// `alt`, `start` and `class`, a soft line break written as a space) so replacing Ink
/// changes no page of the toolkit's content. Every text and attribute value is escaped (`& < > " '`), and every link
/// and image URL passes ``MarkdownURLPolicy`` or the element is dropped: a refused
/// link shows its text, a refused image its alt text.
///
/// Links get no `rel` or `target`: they open in the same tab, so there is no opener
/// to protect, and Ink adds none either.
public struct HTMLRenderer: Sendable {
    /// A renderer with the settings described above; there is nothing to configure.
    public init() {}

    /// The document as HTML.
    public func render(_ document: MarkdownDocument) -> String {
        render(document.blocks)
    }

    /// The given blocks as HTML, for callers that assemble or filter blocks themselves.
    public func render(_ blocks: [MarkdownBlock]) -> String {
        var output = HTMLOutput()
        output.blocks(blocks, isTight: false)
        return output.string
    }
}

/// The HTML being written, as UTF-8 bytes so escaping is a cheap byte loop.
struct HTMLOutput {
    private var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func blocks(_ blocks: [MarkdownBlock], isTight: Bool) {
        for block in blocks { self.block(block, isTight: isTight) }
    }

    private mutating func block(_ block: MarkdownBlock, isTight: Bool) {
        switch block {
        case .paragraph(let inlines):
            // Tight list items hold their text directly, as in CommonMark and Ink.
            if isTight {
                self.inlines(inlines)
            } else {
                element("p") { $0.inlines(inlines) }
            }
        case .heading(let level, let inlines):
            element("h\(min(max(level, 1), 6))") { $0.inlines(inlines) }
        case .bulletList(let items, let isTight):
            list("<ul>", "ul", items, isTight: isTight)
        case .orderedList(let start, let items, let isTight):
            list(start == 1 ? "<ol>" : "<ol start=\"\(start)\">", "ol", items, isTight: isTight)
        case .blockquote(let blocks):
            element("blockquote") { $0.blocks(blocks, isTight: false) }
        case .codeBlock(let info, let code):
            raw("<pre><code")
            if !info.isEmpty {
                raw(" class=\"language-")
                escaped(info)
                raw("\"")
            }
            raw(">")
            escaped(code)
            raw("</code></pre>")
        case .thematicBreak:
            raw("<hr>")
        }
    }

    private mutating func list(_ openTag: String, _ name: String, _ items: [MarkdownListItem], isTight: Bool) {
        raw(openTag)
        for item in items {
            element("li") { $0.blocks(item.blocks, isTight: isTight) }
        }
        raw("</\(name)>")
    }

    mutating func inlines(_ inlines: [MarkdownInline]) {
        for inline in inlines { self.inline(inline) }
    }

    private mutating func inline(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text):
            escaped(text)
        case .emphasis(let children):
            element("em") { $0.inlines(children) }
        case .strong(let children):
            element("strong") { $0.inlines(children) }
        case .code(let code):
            element("code") { $0.escaped(code) }
        case .link(let url, let title, let children):
            guard let href = MarkdownURLPolicy.sanitized(url) else {
                inlines(children)
                return
            }
            raw("<a")
            attribute("href", href)
            if let title { attribute("title", title) }
            raw(">")
            inlines(children)
            raw("</a>")
        case .image(let source, let alt, let title):
            guard let src = MarkdownURLPolicy.sanitized(source) else {
                escaped(alt)
                return
            }
            raw("<img")
            attribute("src", src)
            attribute("alt", alt)
            if let title { attribute("title", title) }
            raw("/>")
        case .hardBreak:
            raw("<br>")
        case .softBreak:
            // Browsers show a line ending in running text as a space; writing the
            // space, as Ink does, keeps wrapped paragraphs byte-identical to Ink.
            raw(" ")
        }
    }

    private mutating func element(_ name: String, content: (inout HTMLOutput) -> Void) {
        raw("<\(name)>")
        content(&self)
        raw("</\(name)>")
    }

    private mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        escaped(value)
        raw("\"")
    }

    private mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Text made inert: with these five escaped, no character of `text` can start or
    /// end a tag, an attribute value or a character reference.
    private mutating func escaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case .ampersand: raw("&amp;")
            case .lessThan: raw("&lt;")
            case .greaterThan: raw("&gt;")
            case .quote: raw("&quot;")
            case .apostrophe: raw("&#39;")
            default: bytes.append(byte)
            }
        }
    }
}
