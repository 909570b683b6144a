/// The words a reader sees, from the same tree the HTML comes from.
///
/// One line per paragraph, heading, list item and code line keeps search snippets
/// readable and matches what the toolkit's search index stored before (one line per
/// paragraph or list item). Line breaks inside a paragraph become spaces.
enum PlainTextRenderer {
    static func render(_ blocks: [MarkdownBlock]) -> String {
        var lines: [String] = []
        append(blocks, to: &lines)
        return lines.joined(separator: "\n")
    }

    /// The characters of `inlines` as one line: link and image texts without URLs.
    static func text(of inlines: [MarkdownInline]) -> String {
        var text = ""
        append(inlines, to: &text)
        return text
    }

    private static func append(_ blocks: [MarkdownBlock], to lines: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                addLine(text(of: inlines), to: &lines)
            case .bulletList(let items, _), .orderedList(_, let items, _):
                for item in items { append(item.blocks, to: &lines) }
            case .blockquote(let blocks):
                append(blocks, to: &lines)
            case .codeBlock(_, let code):
                for line in code.split(separator: "\n") { addLine(String(line), to: &lines) }
            case .thematicBreak:
                break
            }
        }
    }

    private static func addLine(_ line: String, to lines: inout [String]) {
        let trimmed = line.trimmingWhitespace()
        if !trimmed.isEmpty { lines.append(trimmed) }
    }

    private static func append(_ inlines: [MarkdownInline], to text: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let string), .code(let string):
                text += string
            case .emphasis(let children), .strong(let children), .link(_, _, let children):
                append(children, to: &text)
            case .image(_, let alt, _):
                text += alt
            case .hardBreak, .softBreak:
                text += " "
            }
        }
    }
}
