/// A piece of a snippet: plain text, or a word that matched the query.
public struct SnippetPart: Sendable, Hashable {
    public let text: String
    public let isMatch: Bool

    public init(text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
    }
}

/// The few lines of a result that show why it matched: a window of words around the
/// first match, with every matching word marked. Plain text; the page escapes it.
public enum SearchSnippet {
    /// The snippet of `text` (in `language`) for a query whose terms, in that language,
    /// are `terms`; the opening words when nothing in the text matches (a title match).
    public static func make(text: String, language: Language, terms: Set<String>, words maximum: Int = 32) -> [SnippetPart] {
        let words = SearchAnalyzer.words(in: text)
        guard !words.isEmpty else { return [] }
        let matching = SearchAnalyzer.tokens(in: text, language: language).filter { terms.contains($0.term) }
        let matches = matching.map(\.range)
        let anchor = bestAnchor(
            matching.map { match in
                (word: words.firstIndex { $0.lowerBound == match.range.lowerBound } ?? 0, term: match.term)
            }, width: maximum)
        let first = max(0, anchor - maximum / 4)
        let last = min(words.count - 1, first + maximum - 1)
        // A whole text keeps its opening and closing punctuation; a cut one ends at a word.
        let lower = first == 0 ? text.startIndex : words[first].lowerBound
        let upper = last == words.count - 1 ? text.endIndex : words[last].upperBound
        let window = lower..<upper

        var parts: [SnippetPart] = []
        var cursor = window.lowerBound
        for match in matches where window.contains(match.lowerBound) {
            if cursor < match.lowerBound { parts.append(SnippetPart(text: flat(text[cursor..<match.lowerBound]), isMatch: false)) }
            parts.append(SnippetPart(text: String(text[match]), isMatch: true))
            cursor = match.upperBound
        }
        if cursor < window.upperBound { parts.append(SnippetPart(text: flat(text[cursor..<window.upperBound]), isMatch: false)) }
        if first > 0 { parts.insert(SnippetPart(text: "… ", isMatch: false), at: 0) }
        if last < words.count - 1 { parts.append(SnippetPart(text: " …", isMatch: false)) }
        return parts
    }

    /// The word the window is built around: the match whose window shows the most
    /// different query terms (then the most matches), so "financement du terrorisme"
    /// shows both words where a passage has both; the first word when nothing matches.
    private static func bestAnchor(_ matches: [(word: Int, term: String)], width: Int) -> Int {
        var best = (anchor: 0, terms: 0, count: 0)
        for candidate in matches {
            let start = max(0, candidate.word - width / 4)
            let inside = matches.filter { $0.word >= start && $0.word < start + width }
            let score = (terms: Set(inside.map(\.term)).count, count: inside.count)
            if score.terms > best.terms || (score.terms == best.terms && score.count > best.count) {
                best = (candidate.word, score.terms, score.count)
            }
        }
        return best.anchor
    }

    /// Line breaks read as spaces in a one-paragraph snippet.
    private static func flat(_ text: Substring) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
