/// What a list marker said: lists continue only while their items' markers agree.
struct ListMarker {
    var isOrdered: Bool
    /// The bullet (`-`, `*`, `+`) or the delimiter after the number (`.`, `)`).
    var symbol: UInt8
    var start: Int
    /// Columns from the container's edge to the marker.
    var markerOffset: Int
    /// Columns from the marker to the item's content.
    var padding: Int

    func continues(_ other: ListMarker) -> Bool {
        isOrdered == other.isOrdered && symbol == other.symbol
    }
}

/// A block while the parser still builds it. Mutable and by reference, because the
/// open blocks form a stack that each line walks and extends; the immutable public
/// tree is made from these once the whole text is read.
final class BlockNode {
    enum Kind {
        case document
        case blockquote
        case list(ListMarker)
        case item(ListMarker)
        case paragraph
        case heading(level: Int)
        case fencedCode(fence: UInt8, length: Int, indent: Int)
        case indentedCode
        case thematicBreak
    }

    let kind: Kind
    let startLine: Int
    var children: [BlockNode] = []
    /// Text lines of a paragraph, heading or code block, each ending in a newline.
    var content: [UInt8] = []
    /// A fenced code block's info string, already unescaped.
    var info = ""
    var lastLineBlank = false
    var isTight = true

    init(_ kind: Kind, startLine: Int) {
        self.kind = kind
        self.startLine = startLine
    }

    /// Containers hold other blocks; everything else holds text.
    func canContain(_ child: Kind) -> Bool {
        switch kind {
        case .document, .blockquote, .item:
            if case .item = child { return false }
            return true
        case .list:
            if case .item = child { return true }
            return false
        default:
            return false
        }
    }

    var isParagraph: Bool {
        if case .paragraph = kind { return true }
        return false
    }

    var isCode: Bool {
        switch kind {
        case .fencedCode, .indentedCode: return true
        default: return false
        }
    }

    /// Quotes and list items count towards the nesting limit; a list is only the
    /// wrapper of its items.
    var countsAsNesting: Bool {
        switch kind {
        case .blockquote, .item: return true
        default: return false
        }
    }

    /// Whether the block, or the last of its nested list items, ended with a blank
    /// line; that is what makes a list loose.
    var endsWithBlankLine: Bool {
        var node = self
        while true {
            if node.lastLineBlank { return true }
            switch node.kind {
            case .list, .item:
                guard let last = node.children.last else { return false }
                node = last
            default:
                return false
            }
        }
    }
}
