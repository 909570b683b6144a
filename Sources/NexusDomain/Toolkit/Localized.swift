/// An item's text in every language it has, with the rule for reading it in one.
public struct Localized: Sendable, Hashable {
    /// The text in each language that has one; English is always present.
    public let texts: [Language: ItemText]
    /// The languages whose translation was made from an older English text.
    public let staleLanguages: Set<Language>

    /// Creates localized text; `texts` must contain the source language.
    public init(texts: [Language: ItemText], staleLanguages: Set<Language> = []) {
        precondition(texts[.source] != nil, "a localized text needs its source-language version")
        self.texts = texts
        self.staleLanguages = staleLanguages
    }

    /// The English text.
    public var source: ItemText { texts[.source]! }

    /// The text to show a reader of `language`: the translation when there is one,
    /// otherwise English, flagged so that the page can say so.
    public func resolve(_ language: Language) -> ResolvedText {
        if let text = texts[language] {
            return ResolvedText(
                text: text, requested: language, language: language,
                isStale: staleLanguages.contains(language))
        }
        return ResolvedText(text: source, requested: language, language: .source, isStale: false)
    }
}

/// The text chosen for a reader, with where it came from.
public struct ResolvedText: Sendable, Hashable {
    /// The words to show.
    public let text: ItemText
    /// The language the reader asked for.
    public let requested: Language
    /// The language of `text`.
    public let language: Language
    /// Whether the translation was made from an older English text.
    public let isStale: Bool

    /// Whether the reader gets English because no translation exists yet.
    public var isFallback: Bool { language != requested }
}
