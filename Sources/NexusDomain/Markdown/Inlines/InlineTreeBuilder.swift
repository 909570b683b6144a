/// Nests the flat pieces into the inline tree, iteratively with an explicit stack.
///
/// Spans deeper than ``MarkdownDocument/maximumNestingDepth`` are not nested further:
/// their markers are kept as literal text (and a too-deep link keeps just its text),
/// so the tree's depth, and with it every recursive walk, stays bounded.
struct InlineTreeBuilder {
    private enum FrameKind {
        case root
        case emphasis(EmphasisMatch)
        case link(bracket: Int)
    }

    private struct Frame {
        let kind: FrameKind
        var children: [MarkdownInline] = []
        var text: [UInt8] = []

        mutating func flush() {
            guard !text.isEmpty else { return }
            children.append(.text(String(decoding: text, as: UTF8.self)))
            text = []
        }
    }

    private let delimiters: [DelimiterRun]
    private let brackets: [BracketOpener]
    private var frames = [Frame(kind: .root)]
    private var flattenedPairs = Set<Int>()
    private var flattenedBrackets = Set<Int>()

    init(delimiters: [DelimiterRun], brackets: [BracketOpener]) {
        self.delimiters = delimiters
        self.brackets = brackets
    }

    private var isTooDeep: Bool { frames.count > MarkdownDocument.maximumNestingDepth }

    mutating func build(_ pieces: [InlinePiece]) -> [MarkdownInline] {
        for piece in pieces {
            switch piece {
            case .text(let bytes):
                frames[frames.count - 1].text.append(contentsOf: bytes)
            case .code(let code):
                append(.code(code))
            case .softBreak:
                append(.softBreak)
            case .hardBreak:
                append(.hardBreak)
            case .autolink(let url, let text):
                append(.link(url: url, title: nil, [.text(text)]))
            case .delimiter(let index):
                delimiter(delimiters[index])
            case .opener(let index):
                open(bracket: index)
            case .closer(let index):
                if case .link(let open) = frames.last?.kind, open == index { closeFrame() }
            }
        }
        while frames.count > 1 { closeFrame() }  // unreachable for well-nested pieces
        frames[0].flush()
        return frames[0].children
    }

    private mutating func append(_ inline: MarkdownInline) {
        frames[frames.count - 1].flush()
        frames[frames.count - 1].children.append(inline)
    }

    /// A run closes its matches (taken from its start), keeps what no match used as
    /// text, then opens its other matches (taken from its end, outermost first).
    private mutating func delimiter(_ run: DelimiterRun) {
        for match in run.closes {
            if flattenedPairs.contains(match.pair) {
                literal(run.character, match)
            } else if case .emphasis(let open) = frames.last?.kind, open.pair == match.pair {
                closeFrame()
            } else {
                literal(run.character, match)
            }
        }
        frames[frames.count - 1].text.append(contentsOf: repeatElement(run.character, count: run.count))
        for match in run.opens.reversed() {
            if isTooDeep {
                flattenedPairs.insert(match.pair)
                literal(run.character, match)
            } else {
                frames[frames.count - 1].flush()
                frames.append(Frame(kind: .emphasis(match)))
            }
        }
    }

    private mutating func literal(_ character: UInt8, _ match: EmphasisMatch) {
        frames[frames.count - 1].text.append(contentsOf: repeatElement(character, count: match.isStrong ? 2 : 1))
    }

    private mutating func open(bracket index: Int) {
        let bracket = brackets[index]
        if bracket.target == nil {
            frames[frames.count - 1].text.append(contentsOf: bracket.isImage ? [.exclamation, .openBracket] : [.openBracket])
        } else if isTooDeep {
            flattenedBrackets.insert(index)
        } else {
            frames[frames.count - 1].flush()
            frames.append(Frame(kind: .link(bracket: index)))
        }
    }

    private mutating func closeFrame() {
        var frame = frames.removeLast()
        frame.flush()
        let inline: MarkdownInline
        switch frame.kind {
        case .root:
            frames.append(frame)
            return
        case .emphasis(let match):
            inline = match.isStrong ? .strong(frame.children) : .emphasis(frame.children)
        case .link(let index):
            let bracket = brackets[index]
            let target = bracket.target ?? LinkTarget(url: "", title: nil)
            if bracket.isImage {
                let alt = PlainTextRenderer.text(of: frame.children)
                inline = .image(source: target.url, alt: alt, title: target.title)
            } else {
                inline = .link(url: target.url, title: target.title, frame.children)
            }
        }
        append(inline)
    }
}
