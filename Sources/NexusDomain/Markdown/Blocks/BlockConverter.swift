/// Turns finished parser nodes into the public, immutable tree.
enum BlockConverter {
    /// Work that needs the whole block: runs when the block is closed.
    static func finalize(_ node: BlockNode) {
        switch node.kind {
        case .indentedCode:
            // Trailing blank lines belong to whatever follows, not to the code.
            var content = node.content[...]
            while let lastLineStart = lastLineStart(of: content),
                content[lastLineStart...].allSatisfy({ $0.isSpaceOrTab || $0 == .newline })
            {
                content = content[..<lastLineStart]
            }
            node.content = Array(content)
        case .list:
            node.isTight = isTight(node)
        default:
            break
        }
    }

    /// A list is loose when a blank line separates two of its items, or two blocks
    /// directly inside one of its items.
    private static func isTight(_ list: BlockNode) -> Bool {
        for (itemIndex, item) in list.children.enumerated() {
            let isLastItem = itemIndex == list.children.count - 1
            if item.endsWithBlankLine, !isLastItem { return false }
            for (childIndex, child) in item.children.enumerated() {
                let isLastChild = childIndex == item.children.count - 1
                if child.endsWithBlankLine, !(isLastItem && isLastChild) { return false }
            }
        }
        return true
    }

    /// Where the last line of `content` (which ends in a newline) starts.
    private static func lastLineStart(of content: ArraySlice<UInt8>) -> Int? {
        guard content.last == .newline else { return nil }
        var index = content.endIndex - 1
        while index > content.startIndex, content[index - 1] != .newline { index -= 1 }
        return index
    }

    static func blocks(of nodes: [BlockNode]) -> [MarkdownBlock] {
        nodes.compactMap(block(of:))
    }

    private static func block(of node: BlockNode) -> MarkdownBlock? {
        switch node.kind {
        case .document:
            return nil
        case .paragraph:
            let inlines = InlineParser.parse(paragraphText(node.content))
            return inlines.isEmpty ? nil : .paragraph(inlines)
        case .heading(let level):
            return .heading(level: level, InlineParser.parse(node.content[...]))
        case .list(let marker):
            let items = node.children.map { MarkdownListItem(blocks: blocks(of: $0.children)) }
            if marker.isOrdered {
                return .orderedList(start: marker.start, items: items, isTight: node.isTight)
            }
            return .bulletList(items: items, isTight: node.isTight)
        case .item:
            return nil  // items only appear inside lists, handled above
        case .blockquote:
            return .blockquote(blocks(of: node.children))
        case .fencedCode:
            let language = node.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            return .codeBlock(info: language, code: String(decoding: node.content, as: UTF8.self))
        case .indentedCode:
            return .codeBlock(info: "", code: String(decoding: node.content, as: UTF8.self))
        case .thematicBreak:
            return .thematicBreak
        }
    }

    /// A paragraph's lines without the final newline and trailing spaces, which would
    /// otherwise read as a hard break at the very end.
    private static func paragraphText(_ content: [UInt8]) -> ArraySlice<UInt8> {
        var text = content[...]
        while let last = text.last, last.isSpaceOrTab || last == .newline { text.removeLast() }
        return text
    }
}
