/// One word of a text as search sees it: its term (folded, stemmed) and where it stands
/// in the original text, for highlighting.
public struct SearchToken: Sendable, Hashable {
    /// The term indexed and matched.
    public let term: String
    /// The word's place in the text it came from.
    public let range: Range<String.Index>
}

/// The one analyzer of search, applied identically to documents and to queries: words
/// are split, folded (``TextFolding``), common words of the language dropped, and what is
/// left reduced by the language's light stemmer.
public enum SearchAnalyzer {
    /// Changes whenever the analyzer reads some text differently (a new stop word, a
    /// stemming rule), so that stored search documents are written again.
    public static let version = 1

    /// The tokens of `text`, read as `language`.
    public static func tokens(in text: String, language: Language) -> [SearchToken] {
        words(in: text).compactMap { range in
            let folded = TextFolding.fold(String(text[range]))
            guard !folded.isEmpty, !StopWords.contains(folded, language: language) else { return nil }
            return SearchToken(term: Stemmer.stem(folded, language: language), range: range)
        }
    }

    /// The terms of `text`, read as `language`, in order.
    public static func terms(in text: String, language: Language) -> [String] {
        tokens(in: text, language: language).map(\.term)
    }

    /// The ranges of the words of `text`: runs of letters and digits, with the marks
    /// that belong to them (Arabic vowel signs stay inside their word). Apostrophes and
    /// hyphens separate, so "l'évaluation" and "anti-corruption" give two words each.
    static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if isWordCharacter(text[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = next
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        }
    }
}
