/// Parses a paragraph's or heading's text into inlines in one left-to-right pass, as
/// CommonMark describes: emphasis markers and brackets are collected on stacks and
/// matched without backtracking; code spans and link destinations use precomputed
/// tables, so no input makes the pass quadratic.
struct InlineParser {
    let bytes: [UInt8]
    var index = 0
    var pieces: [InlinePiece] = []
    var pendingText: [UInt8] = []
    var delimiters: [DelimiterRun] = []
    var topDelimiter: Int?
    var brackets: [BracketOpener] = []
    /// Openers still waiting for a `]`, innermost last.
    var openBrackets: [Int] = []
    /// Links cannot contain links: once one closes, `[` openers before it are spent.
    var linksDisabledBelow = 0
    var pairCount = 0
    /// Built on first need: most paragraphs have no code span and no link.
    var codeSpans: CodeSpanTable?
    var linkTails: LinkTailScanner?

    static func parse(_ text: ArraySlice<UInt8>) -> [MarkdownInline] {
        var parser = InlineParser(bytes: Array(text))
        parser.scan()
        parser.processEmphasis(above: nil)
        var builder = InlineTreeBuilder(delimiters: parser.delimiters, brackets: parser.brackets)
        return builder.build(parser.pieces)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func scan() {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case .newline: lineBreak(isHard: false)
            case .backslash: backslash()
            case .backtick: codeSpan()
            case .asterisk, .underscore: delimiterRun(byte)
            case .openBracket: pushBracket(isImage: false)
            case .exclamation where index + 1 < bytes.count && bytes[index + 1] == .openBracket:
                pushBracket(isImage: true)
            case .closeBracket: closeBracket()
            case .lessThan: autolink()
            case .ampersand: characterReference()
            default:
                pendingText.append(byte)
                index += 1
            }
        }
        flushText()
    }

    mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        pieces.append(.text(pendingText))
        pendingText = []
    }

    /// A newline ends a line: a hard break after two spaces (or a backslash), else a
    /// soft one. Spaces around it are not content, except before a backslash.
    private mutating func lineBreak(isHard forced: Bool) {
        var spaces = 0
        while !forced, let last = pendingText.last, last.isSpaceOrTab {
            if last == .space { spaces += 1 }
            pendingText.removeLast()
        }
        flushText()
        pieces.append(forced || spaces >= 2 ? .hardBreak : .softBreak)
        index += 1
        while index < bytes.count, bytes[index].isSpaceOrTab { index += 1 }
    }

    private mutating func backslash() {
        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
        if next == .newline {
            index += 1
            lineBreak(isHard: true)
        } else if let next, next.isASCIIPunctuation {
            pendingText.append(next)
            index += 2
        } else {
            pendingText.append(.backslash)
            index += 1
        }
    }

    private mutating func delimiterRun(_ character: UInt8) {
        let start = index
        while index < bytes.count, bytes[index] == character { index += 1 }
        let before = CharacterClass.scalar(endingBefore: start, in: bytes)
        let after = CharacterClass.scalar(startingAt: index, in: bytes)
        let spaceBefore = CharacterClass.isWhitespace(before)
        let spaceAfter = CharacterClass.isWhitespace(after)
        let punctuationBefore = CharacterClass.isPunctuation(before)
        let punctuationAfter = CharacterClass.isPunctuation(after)
        let leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        let rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if character == .underscore {
            // snake_case_words: an underscore inside a word is a letter, not emphasis.
            canOpen = leftFlanking && (!rightFlanking || punctuationBefore)
            canClose = rightFlanking && (!leftFlanking || punctuationAfter)
        }
        guard canOpen || canClose else {
            pendingText.append(contentsOf: bytes[start..<index])
            return
        }
        flushText()
        let count = index - start
        delimiters.append(
            DelimiterRun(
                character: character, originalCount: count, count: count,
                canOpen: canOpen, canClose: canClose, previous: topDelimiter, next: nil))
        let new = delimiters.count - 1
        if let topDelimiter { delimiters[topDelimiter].next = new }
        topDelimiter = new
        pieces.append(.delimiter(new))
    }

    private mutating func pushBracket(isImage: Bool) {
        flushText()
        brackets.append(BracketOpener(isImage: isImage, delimiterBottom: topDelimiter))
        pieces.append(.opener(brackets.count - 1))
        openBrackets.append(brackets.count - 1)
        index += isImage ? 2 : 1
    }

    private mutating func closeBracket() {
        guard let opener = openBrackets.popLast() else {
            pendingText.append(.closeBracket)
            index += 1
            return
        }
        let isImage = brackets[opener].isImage
        let hasTail = index + 1 < bytes.count && bytes[index + 1] == .openParen
        if hasTail, linkTails == nil { linkTails = LinkTailScanner(bytes) }
        guard hasTail, isImage || opener >= linksDisabledBelow,
            let (target, end) = linkTails?.inlineLinkTail(at: index + 1)
        else {
            pendingText.append(.closeBracket)
            index += 1
            return
        }
        flushText()
        brackets[opener].target = target
        pieces.append(.closer(opener))
        processEmphasis(above: brackets[opener].delimiterBottom)
        if !isImage { linksDisabledBelow = opener }
        index = end
    }
}
