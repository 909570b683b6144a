import Crypto
import Foundation

/// One translatable field — a case's title, an actor's alias, a scenario's inject — in each
/// language it is written in. A translation records a fingerprint of the source-language
/// text it was made from, so a later change to the source marks that field, and only that
/// field, stale in the other languages.
public struct TranslatableText: Sendable, Hashable, Codable {
    /// The field in one language.
    public struct Version: Sendable, Hashable, Codable {
        /// The text (Markdown where the field allows it).
        public var text: String
        /// For a translation: the fingerprint of the source text it was made from.
        public var translatedFrom: String?

        /// Creates a version.
        public init(text: String, translatedFrom: String? = nil) {
            self.text = text
            self.translatedFrom = translatedFrom
        }
    }

    /// The versions, by language; empty texts are never stored.
    public private(set) var versions: [Language: Version]

    /// Creates a field from its versions.
    public init(versions: [Language: Version] = [:]) {
        self.versions = versions.filter { !$0.value.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// A field written in the source language only.
    public init(_ text: String, in language: Language = .source) {
        self.init(versions: [language: Version(text: text)])
    }

    /// Whether no language has text.
    public var isEmpty: Bool { versions.isEmpty }

    /// The languages with text.
    public var languages: Set<Language> { Set(versions.keys) }

    /// The text in `language`, if written.
    public subscript(_ language: Language) -> String? { versions[language]?.text }

    /// Sets the text in `language`. Text in another language than `source` is recorded as a
    /// translation of the source text as it stands; a blank text removes the version.
    public mutating func set(_ text: String, in language: Language, source: Language) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            versions[language] = nil
            return
        }
        if versions[language]?.text == trimmed { return }
        let origin = language == source ? nil : versions[source].map { Self.fingerprint($0.text) }
        versions[language] = Version(text: trimmed, translatedFrom: origin)
    }

    /// Whether the version in `language` was made from a source text that has changed since.
    public func isStale(_ language: Language, source: Language) -> Bool {
        guard language != source, let version = versions[language], let current = versions[source] else { return false }
        return version.translatedFrom != Self.fingerprint(current.text)
    }

    /// The text a reader of `language` gets: theirs, else the source language's, else the
    /// first written; with the language it is in and whether it is stale.
    public func resolve(_ language: Language, source: Language) -> Resolved {
        for candidate in [language, source] + Language.allCases {
            if let version = versions[candidate] {
                return Resolved(text: version.text, language: candidate, isStale: isStale(candidate, source: source))
            }
        }
        return Resolved(text: "", language: language, isStale: false)
    }

    /// A field as a reader gets it.
    public struct Resolved: Sendable, Hashable {
        /// The text.
        public let text: String
        /// The language it is in, which may not be the one asked for.
        public let language: Language
        /// Whether it is a translation of an older source text.
        public let isStale: Bool
    }

    /// The fingerprint a translation records: the first 16 hexadecimal digits of the
    /// SHA-256 of the trimmed source text, as toolkit translations record theirs.
    public static func fingerprint(_ text: String) -> String {
        let digest = SHA256.hash(data: Data(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
        return digest.map { String(format: "%02x", $0) }.joined().prefix(SourceHash.length).description
    }
}

extension Language: CodingKeyRepresentable {}
