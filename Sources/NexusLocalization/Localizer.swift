import Foundation
public import NexusDomain

/// Looks up UI strings in one language, filling `{name}` placeholders.
///
/// A key missing from the language's catalogue falls back to English, so a gap in
/// a translation never shows a raw key; the catalogue test keeps such gaps out.
public struct Localizer: Sendable {
    /// The language strings are looked up in.
    public let language: Language
    /// Every single-text entry, by key: what templates read as `{{t.key}}`.
    public let texts: [String: String]
    private let catalogue: Catalogue
    private let fallback: Catalogue

    /// Creates a localizer over `catalogue`, falling back to `fallback` (English).
    public init(catalogue: Catalogue, fallback: Catalogue) {
        self.language = catalogue.language
        self.catalogue = catalogue
        self.fallback = fallback
        var texts: [String: String] = [:]
        for key in UIKey.allCases where !key.isPlural {
            texts[key.rawValue] = Self.text(of: key, in: catalogue, fallback: fallback)
        }
        self.texts = texts
    }

    /// The text of `key`, with placeholders replaced by `arguments`.
    public func callAsFunction(_ key: UIKey, _ arguments: [String: String] = [:]) -> String {
        Self.fill(texts[key.rawValue] ?? Self.text(of: key, in: catalogue, fallback: fallback), arguments)
    }

    /// `text` between Unicode first-strong and pop-directional isolates, for a value of
    /// another language inside a sentence: an English title in an Arabic heading then
    /// keeps its own word order instead of being reordered with the Arabic around it.
    public static func isolated(_ text: String) -> String {
        "\u{2068}\(text)\u{2069}"
    }

    private static func text(of key: UIKey, in catalogue: Catalogue, fallback: Catalogue) -> String {
        switch catalogue.entries[key.rawValue] ?? fallback.entries[key.rawValue] {
        case .text(let value): value
        case .plural(let forms): forms[PluralCategory.other.rawValue] ?? key.rawValue
        case nil: key.rawValue
        }
    }

    /// The text of the plural key `key` for `count`, with `{count}` and other placeholders filled.
    public func plural(_ key: UIKey, count: Int, _ arguments: [String: String] = [:]) -> String {
        let category = PluralCategory.of(count, in: language).rawValue
        var forms: [String: String] = [:]
        if case .plural(let own) = catalogue.entries[key.rawValue] { forms = own }
        let text = forms[category] ?? forms[PluralCategory.other.rawValue] ?? self(key)
        return Self.fill(text, arguments.merging(["count": String(count)]) { own, _ in own })
    }

    private static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, text.contains("{") else { return text }
        var result = text
        for (name, value) in arguments { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }
}

/// The localizers of every published language, loaded once at start-up.
public struct Localization: Sendable {
    private let localizers: [Language: Localizer]

    /// Loads every bundled catalogue; fails when one cannot be read.
    public static func bundled() throws -> Localization {
        let english = try Catalogue.bundled(.source)
        var localizers: [Language: Localizer] = [:]
        for language in Language.allCases {
            let catalogue = language == .source ? english : try Catalogue.bundled(language)
            localizers[language] = Localizer(catalogue: catalogue, fallback: english)
        }
        return Localization(localizers: localizers)
    }

    /// The localizer of `language`.
    public subscript(language: Language) -> Localizer { localizers[language]! }
}
