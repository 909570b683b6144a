/// Reads the `(destination "title")` after a `]`.
///
/// A failed attempt must not cost a scan to the end of the paragraph, or text such as
/// `[](a()[](a()…` would take quadratic time. So the positions of the characters that
/// end a destination or title (parentheses, quotes, angle brackets, whitespace) are
/// indexed once per paragraph, and each attempt is a few binary searches.
struct LinkTailScanner {
    private let bytes: [UInt8]
    /// Unescaped `(` and `)`, in order, with the nesting depth before each.
    private var parens: [Int] = []
    private var depthBefore: [Int] = []
    /// For each paren index k, the first k' > k whose depth before is lower than at k:
    /// the `)` that closes whatever was open at k.
    private var nextShallower: [Int] = []
    private var doubleQuotes: [Int] = []
    private var singleQuotes: [Int] = []
    /// Unescaped `<`, `>` and newlines: what ends a `<…>` destination.
    private var angleStops: [Int] = []
    /// Spaces and controls, which end a bare destination.
    private var breaks: [Int] = []
    /// Runs of spaces, tabs and newlines, so skipping one is a lookup, not a scan.
    private var whitespaceRunStarts: [Int] = []
    private var whitespaceRunEnds: [Int] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .backslash, index + 1 < bytes.count, bytes[index + 1].isASCIIPunctuation {
                index += 2  // an escaped character ends nothing
                continue
            }
            switch byte {
            case .openParen, .closeParen:
                parens.append(index)
                depthBefore.append(depth)
                depth += byte == .openParen ? 1 : -1
            case .quote: doubleQuotes.append(index)
            case .apostrophe: singleQuotes.append(index)
            case .lessThan, .greaterThan: angleStops.append(index)
            default: break
            }
            if byte == .newline { angleStops.append(index) }
            if byte <= .space || byte == 0x7F { breaks.append(index) }
            if byte.isSpaceOrTab || byte == .newline {
                if whitespaceRunEnds.last == index {
                    whitespaceRunEnds[whitespaceRunEnds.count - 1] = index + 1
                } else {
                    whitespaceRunStarts.append(index)
                    whitespaceRunEnds.append(index + 1)
                }
            }
            index += 1
        }
        depthBefore.append(depth)
        nextShallower = [Int](repeating: parens.count + 1, count: depthBefore.count)
        var stack: [Int] = []
        for k in depthBefore.indices.reversed() {
            while let top = stack.last, depthBefore[top] >= depthBefore[k] { stack.removeLast() }
            if let top = stack.last { nextShallower[k] = top }
            stack.append(k)
        }
    }

    /// The link target and the index after its `)`, if an inline link tail starts at
    /// `position` (which must hold `(`).
    func inlineLinkTail(at position: Int) -> (LinkTarget, end: Int)? {
        guard byte(at: position) == .openParen else { return nil }
        let start = skipWhitespace(from: position + 1)
        if byte(at: start) == .closeParen { return (LinkTarget(url: "", title: nil), start + 1) }
        guard let (destination, afterDestination) = destination(at: start) else { return nil }
        // Decoding waits for success: a failed attempt must cost no more than its lookups.
        var url: String { TextDecoding.unescapedString(destination) }
        if byte(at: afterDestination) == .closeParen { return (LinkTarget(url: url, title: nil), afterDestination + 1) }
        // A title must be separated from the destination by whitespace.
        let titleStart = skipWhitespace(from: afterDestination)
        guard titleStart > afterDestination, let opening = byte(at: titleStart) else { return nil }
        if opening == .closeParen { return (LinkTarget(url: url, title: nil), titleStart + 1) }
        let closing: Int?
        switch opening {
        case .quote: closing = next(in: doubleQuotes, after: titleStart)
        case .apostrophe: closing = next(in: singleQuotes, after: titleStart)
        case .openParen:
            // A parenthesised title may not contain an unescaped parenthesis.
            let found = parens.lowerBound(of: titleStart + 1)
            closing = found < parens.count && bytes[parens[found]] == .closeParen ? parens[found] : nil
        default: closing = nil
        }
        guard let closing else { return nil }
        let end = skipWhitespace(from: closing + 1)
        guard byte(at: end) == .closeParen else { return nil }
        let title = TextDecoding.unescapedString(bytes[(titleStart + 1)..<closing])
        return (LinkTarget(url: url, title: title), end + 1)
    }

    /// A `<…>` or bare destination starting at `start`, and the index after it.
    private func destination(at start: Int) -> (ArraySlice<UInt8>, Int)? {
        guard start < bytes.count else { return nil }
        if bytes[start] == .lessThan {
            guard let stop = next(in: angleStops, after: start), bytes[stop] == .greaterThan else { return nil }
            return (bytes[(start + 1)..<stop], stop + 1)
        }
        let breakIndex = next(in: breaks, after: start - 1) ?? bytes.count
        let first = parens.lowerBound(of: start)
        let closing = nextShallower[first]
        let closeIndex = closing <= parens.count ? parens[closing - 1] : bytes.count
        if closeIndex < breakIndex {
            // The unbalanced `)` that ends the destination also ends the link.
            return closeIndex > start ? (bytes[start..<closeIndex], closeIndex) : nil
        }
        // Parentheses inside a bare destination must balance.
        guard breakIndex > start, depthBefore[parens.lowerBound(of: breakIndex)] == depthBefore[first] else {
            return nil
        }
        return (bytes[start..<breakIndex], breakIndex)
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// The first indexed position strictly after `position`.
    private func next(in positions: [Int], after position: Int) -> Int? {
        let found = positions.lowerBound(of: position + 1)
        return found < positions.count ? positions[found] : nil
    }

    /// Skips spaces, tabs and the line ending a paragraph may hold between parts.
    private func skipWhitespace(from position: Int) -> Int {
        let run = whitespaceRunStarts.lowerBound(of: position + 1) - 1
        return run >= 0 && whitespaceRunEnds[run] > position ? whitespaceRunEnds[run] : position
    }
}
