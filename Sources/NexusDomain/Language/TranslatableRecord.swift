/// A record whose texts are written in one language and translated into the others, field
/// by field: a case, a scenario. Each text has a stable field name — `title`,
/// `actors.a1.alias`, `phases.p2.injects.i3.text` — which the translators' forms and the
/// staleness lists use.
public protocol TranslatableRecord: Sendable {
    /// The language the record was written in.
    var sourceLanguage: Language { get }
    /// Calls `body` with each translatable field's name and text, in reading order, so it
    /// may change them.
    mutating func updateTexts(_ body: (String, inout TranslatableText) -> Void)
}

/// How far a record is translated into one language.
public struct TranslationState: Sendable, Hashable {
    /// Fields with text in the original but none in the language.
    public let missing: [String]
    /// Fields whose translation was made from an older original.
    public let stale: [String]

    /// Whether nothing is left to do.
    public var isDone: Bool { missing.isEmpty && stale.isEmpty }
}

extension TranslatableRecord {
    /// The translatable fields, each with its name, in reading order.
    public var texts: [(field: String, text: TranslatableText)] {
        var copy = self
        var all: [(field: String, text: TranslatableText)] = []
        copy.updateTexts { field, text in all.append((field, text)) }
        return all
    }

    /// The translatable fields with text in the original language, in the order of ``texts``.
    public var textsToTranslate: [(field: String, text: TranslatableText)] {
        texts.filter { $0.text[sourceLanguage] != nil }
    }

    /// The translatable fields that are stale in `language`.
    public func staleFields(in language: Language) -> [String] {
        texts.filter { $0.text.isStale(language, source: sourceLanguage) }.map(\.field)
    }

    /// What is missing and stale in `language`.
    public func translationState(in language: Language) -> TranslationState {
        guard language != sourceLanguage else { return TranslationState(missing: [], stale: []) }
        let fields = textsToTranslate
        return TranslationState(
            missing: fields.filter { $0.text[language] == nil }.map(\.field),
            stale: fields.filter { $0.text.isStale(language, source: sourceLanguage) }.map(\.field))
    }

    /// The record with the texts of `language` set from `texts` (field name → text), each
    /// recorded as a translation of the original as it stands. Fields not named are left
    /// alone; a blank text removes that translation.
    public func translated(_ texts: [String: String], into language: Language) -> Self {
        var copy = self
        let source = sourceLanguage
        copy.updateTexts { field, text in
            if let value = texts[field] { text.set(value, in: language, source: source) }
        }
        return copy
    }
}
