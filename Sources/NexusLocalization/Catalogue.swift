import Foundation
public import NexusDomain

/// One language's UI strings, as read from `Catalogues/<code>.json`.
///
/// An entry is either a text or, for plural keys, an object of texts by plural
/// category. Texts may contain `{name}` placeholders.
public struct Catalogue: Sendable {
    /// A catalogue entry.
    public enum Entry: Sendable, Hashable, Decodable {
        case text(String)
        case plural([String: String])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .plural(try container.decode([String: String].self))
            }
        }
    }

    /// The catalogue could not be read.
    public struct Unreadable: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The catalogue's language.
    public let language: Language
    /// Every entry, by key, including any key the code does not know (see ``problems()``).
    public let entries: [String: Entry]

    /// Creates a catalogue from entries.
    public init(language: Language, entries: [String: Entry]) {
        self.language = language
        self.entries = entries
    }

    /// Reads the bundled catalogue of `language`.
    public static func bundled(_ language: Language) throws -> Catalogue {
        guard
            let url = Bundle.module.url(
                forResource: language.code, withExtension: "json", subdirectory: "Catalogues")
        else { throw Unreadable(description: "no catalogue for \(language.code) in the bundle") }
        do {
            let entries = try JSONDecoder().decode([String: Entry].self, from: Data(contentsOf: url))
            return Catalogue(language: language, entries: entries)
        } catch {
            throw Unreadable(description: "catalogue \(language.code).json: \(error)")
        }
    }

    /// What is wrong with the catalogue: keys missing or unknown, texts where
    /// plurals are expected (or the reverse), and plural categories missing.
    public func problems() -> [String] {
        var problems: [String] = []
        let known = Set(UIKey.allCases.map(\.rawValue))
        for key in known.subtracting(entries.keys).sorted() { problems.append("\(language.code): missing key \(key)") }
        for key in Set(entries.keys).subtracting(known).sorted() { problems.append("\(language.code): stray key \(key)") }
        for key in UIKey.allCases {
            switch (entries[key.rawValue], key.isPlural) {
            case (.text, true):
                problems.append("\(language.code): \(key.rawValue) needs plural forms")
            case (.plural, false):
                problems.append("\(language.code): \(key.rawValue) must be a single text")
            case (.plural(let forms), true):
                for category in PluralCategory.required(for: language) where forms[category.rawValue] == nil {
                    problems.append("\(language.code): \(key.rawValue) lacks the plural form \(category.rawValue)")
                }
            default:
                continue
            }
        }
        return problems
    }
}
