extension NexusCase {
    /// How far a case is translated into one language.
    public struct TranslationState: Sendable, Hashable {
        /// Fields with text in the original but none in the language.
        public let missing: [String]
        /// Fields whose translation was made from an older original.
        public let stale: [String]

        /// Whether nothing is left to do.
        public var isDone: Bool { missing.isEmpty && stale.isEmpty }
    }

    /// The translatable fields with text in the original language, in the order of ``texts``.
    public var textsToTranslate: [(field: String, text: CaseText)] {
        texts.filter { $0.text[sourceLanguage] != nil }
    }

    /// What is missing and stale in `language`.
    public func translationState(in language: Language) -> TranslationState {
        guard language != sourceLanguage else { return TranslationState(missing: [], stale: []) }
        let fields = textsToTranslate
        return TranslationState(
            missing: fields.filter { $0.text[language] == nil }.map(\.field),
            stale: fields.filter { $0.text.isStale(language, source: sourceLanguage) }.map(\.field))
    }

    /// The case with the texts of `language` set from `texts` (field name → text), each
    /// recorded as a translation of the original as it stands. Fields not named are left
    /// alone; a blank text removes that translation.
    public func translated(_ texts: [String: String], into language: Language) -> NexusCase {
        var copy = self
        func apply(_ field: String, _ text: inout CaseText) {
            if let value = texts[field] { text.set(value, in: language, source: sourceLanguage) }
        }
        apply("title", &copy.title)
        apply("summary", &copy.summary)
        apply("analysis", &copy.analysis)
        for index in copy.actors.indices { apply("actors.\(copy.actors[index].id).alias", &copy.actors[index].alias) }
        for index in copy.relationships.indices {
            apply("relationships.\(copy.relationships[index].id).note", &copy.relationships[index].note)
        }
        for index in copy.events.indices { apply("events.\(copy.events[index].id).text", &copy.events[index].text) }
        return copy
    }
}
