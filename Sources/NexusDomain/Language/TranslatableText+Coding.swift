import Foundation

extension CodingUserInfoKey {
    /// Set to the ``Language`` a record is written in to read and write its texts in the
    /// compact form of exchange files: `{"en": "…", "fr": "…"}`, where a translation written
    /// as plain text counts as made from the source text beside it, and one that is not
    /// (stale, or made before there was a source) is an object `{"text", "translatedFrom"}`.
    /// Without it texts keep the form stored cases have always had, `{"versions": {…}}`.
    public static let textsSourceLanguage = CodingUserInfoKey(rawValue: "nexus.texts.sourceLanguage")!
}

extension TranslatableText {
    private enum StoredKeys: String, CodingKey { case versions }

    private struct LanguageKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let stored = try? decoder.container(keyedBy: StoredKeys.self), stored.contains(.versions) {
            self.init(versions: try stored.decode([Language: Version].self, forKey: .versions))
            return
        }
        let container = try decoder.container(keyedBy: LanguageKey.self)
        var versions: [Language: Version] = [:]
        var plain: [Language] = []
        for key in container.allKeys {
            guard let language = Language(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "`\(key.stringValue)` is not one of the languages en, fr, ar, sq")
            }
            if let text = try? container.decode(String.self, forKey: key) {
                versions[language] = Version(text: text)
                plain.append(language)
            } else {
                versions[language] = try container.decode(Version.self, forKey: key)
            }
        }
        if let source = decoder.userInfo[.textsSourceLanguage] as? Language, let original = versions[source]?.text {
            for language in plain where language != source { versions[language]?.translatedFrom = Self.fingerprint(original) }
        }
        self.init(versions: versions)
    }

    public func encode(to encoder: any Encoder) throws {
        guard let source = encoder.userInfo[.textsSourceLanguage] as? Language else {
            var stored = encoder.container(keyedBy: StoredKeys.self)
            try stored.encode(versions, forKey: .versions)
            return
        }
        var container = encoder.container(keyedBy: LanguageKey.self)
        let current = versions[source].map { Self.fingerprint($0.text) }
        for (language, version) in versions {
            let key = LanguageKey(stringValue: language.code)
            if language == source || (version.translatedFrom != nil && version.translatedFrom == current) {
                try container.encode(version.text, forKey: key)
            } else {
                try container.encode(version, forKey: key)
            }
        }
    }
}
