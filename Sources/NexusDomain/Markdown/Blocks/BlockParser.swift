/// Reads the block structure line by line, as CommonMark describes it: each line first
/// continues the open containers it can, then may open new blocks, and what is left
/// becomes text of the deepest block. Nothing is ever re-read, so the work is linear.
struct BlockParser {
    enum Continuation { case continues, stops, finishesLine }
    enum Start { case container, leaf, none }

    let source: SourceText
    /// The open blocks, outermost first; `open[0]` is the document.
    var open: [BlockNode]
    var line: LineCursor
    var lineNumber = 0
    /// The deepest block the current line belongs to so far.
    var container: BlockNode
    /// How many of the open blocks the current line continued.
    var matchedCount = 1
    /// Whether blocks the line did not continue have been closed yet: they stay open
    /// until the line is known not to be a lazy paragraph continuation.
    var unmatchedClosed = true

    init(source: SourceText) {
        self.source = source
        let document = BlockNode(.document, startLine: 0)
        open = [document]
        container = document
        line = LineCursor(bytes: source.bytes, range: 0..<0)
    }

    mutating func parseDocument() -> [MarkdownBlock] {
        let document = open[0]
        for (number, range) in source.lines.enumerated() {
            lineNumber = number
            line = LineCursor(bytes: source.bytes, range: range)
            process()
        }
        while !open.isEmpty { closeTop() }
        return BlockConverter.blocks(of: document.children)
    }

    private mutating func process() {
        matchedCount = 1
        continuing: while matchedCount < open.count {
            line.findNextNonspace()
            switch continuation(of: open[matchedCount]) {
            case .continues: matchedCount += 1
            case .stops: break continuing
            case .finishesLine: return
            }
        }
        container = open[matchedCount - 1]
        unmatchedClosed = matchedCount == open.count
        startBlocks()
        addText()
    }

    private mutating func startBlocks() {
        guard !container.isCode else { return }
        while true {
            line.findNextNonspace()
            switch startBlock() {
            case .container: continue
            case .leaf: return
            case .none:
                line.advanceToNextNonspace()
                return
            }
        }
    }

    /// Puts the rest of the line into the deepest block, or into a new paragraph.
    private mutating func addText() {
        let blank = line.isBlank
        if !unmatchedClosed, !blank, let tip = open.last, tip.isParagraph {
            appendParagraphLine(to: tip)  // a lazy continuation line
            return
        }
        closeUnmatched()
        if blank, let last = container.children.last { last.lastLineBlank = true }
        let lastLineBlank = blank && !endsQuietly(container)
        for node in open { node.lastLineBlank = lastLineBlank }
        switch container.kind {
        case .fencedCode where container.startLine == lineNumber:
            break  // the opening fence itself is not code
        case .fencedCode, .indentedCode:
            container.content.append(contentsOf: line.remainder)
            container.content.append(.newline)
        case .paragraph:
            appendParagraphLine(to: container)
        case .heading, .thematicBreak:
            break
        default:
            guard !blank else { return }
            line.advanceToNextNonspace()
            addChild(.paragraph)
            appendParagraphLine(to: container)
        }
    }

    /// Blocks whose blank lines never make a list loose: a quote's blank line ends it,
    /// a fence keeps blank lines as code, and an item's own first line may be empty.
    private func endsQuietly(_ node: BlockNode) -> Bool {
        switch node.kind {
        case .blockquote, .fencedCode: return true
        case .item: return node.children.isEmpty && node.startLine == lineNumber
        default: return false
        }
    }

    /// Adds the line without its indentation, which is never part of paragraph text.
    private mutating func appendParagraphLine(to paragraph: BlockNode) {
        line.findNextNonspace()
        paragraph.content.append(contentsOf: line.bytes[line.nextNonspace..<line.end])
        paragraph.content.append(.newline)
    }

    // MARK: Open-block bookkeeping

    mutating func closeUnmatched() {
        guard !unmatchedClosed else { return }
        while open.count > matchedCount { closeTop() }
        unmatchedClosed = true
    }

    mutating func addChild(_ kind: BlockNode.Kind) {
        while let tip = open.last, !tip.canContain(kind) { closeTop() }
        let node = BlockNode(kind, startLine: lineNumber)
        open.last?.children.append(node)
        open.append(node)
        container = node
    }

    mutating func closeTop() {
        let node = open.removeLast()
        BlockConverter.finalize(node)
    }

    /// How many quotes and list items enclose the current line's new blocks.
    var nestingDepth: Int {
        let live = unmatchedClosed ? open[...] : open[..<matchedCount]
        return live.reduce(0) { $0 + ($1.countsAsNesting ? 1 : 0) }
    }

    var canNest: Bool { nestingDepth < MarkdownDocument.maximumNestingDepth }
}
