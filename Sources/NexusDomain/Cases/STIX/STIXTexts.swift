/// A case's translatable texts in STIX. The object's own property (`name`, `description`,
/// `content`) holds the text in the case's source language, and a `language-content`
/// object holds the other languages' under the same property names. What STIX cannot
/// say travels in the object's extension: `translated_from`, the fingerprint of the source
/// text each translation was made from (so a stale translation stays stale), and
/// `source_absent`, the properties that have no source-language text and hold another
/// language's as a stand-in, since STIX requires them.
enum STIXTexts {
    /// The translations of one object, by language code and property.
    typealias Translations = [String: [String: STIXValue]]

    /// Writes `fields` (property and text) onto `object` and into `ext`; returns the
    /// translations for its language-content object.
    static func write(
        _ fields: [(property: String, text: TranslatableText)], source: Language, into object: inout STIXObjectBuilder,
        extension ext: inout [String: STIXValue]
    ) -> Translations {
        var translations: Translations = [:]
        var fingerprints: [String: [String: STIXValue]] = [:]
        var absent: [String] = []
        for (property, text) in fields where !text.isEmpty {
            if let original = text[source] {
                object[property] = .string(original)
            } else {
                object[property] = .string(text.resolve(source, source: source).text)
                absent.append(property)
            }
            for (language, version) in text.versions {
                if language != source || text[source] == nil { translations[language.code, default: [:]][property] = .string(version.text) }
                if let origin = version.translatedFrom { fingerprints[language.code, default: [:]][property] = .string(origin) }
            }
        }
        if !fingerprints.isEmpty { ext["translated_from"] = .map(fingerprints.mapValues { .map($0) }) }
        if !absent.isEmpty { ext["source_absent"] = .strings(absent) }
        return translations
    }

    /// Reads `properties` of `object` back into texts. `language` is the language of the
    /// object's own properties; `contents` the merged `contents` of the language-content
    /// objects that translate it; `ext` our extension's properties, if the object carries
    /// them. Without them, every translation counts as made from the source text beside it,
    /// as translations in a case file do.
    static func read(
        _ properties: [String], of object: STIXValue, language: Language, caseSource: Language, contents: Translations,
        ext: [String: STIXValue]?
    ) -> [String: TranslatableText] {
        let absent = Set(ext?["source_absent"]?.strings ?? [])
        var texts: [String: TranslatableText] = [:]
        for property in properties {
            var versions: [Language: TranslatableText.Version] = [:]
            if !absent.contains(property), let own = object[property]?.stringValue { versions[language] = .init(text: own) }
            for (code, members) in contents {
                guard let translated = Language(rawValue: code), let text = members[property]?.stringValue else { continue }
                if versions[translated] == nil { versions[translated] = .init(text: text) }
            }
            let original = versions[caseSource]
            for language in Array(versions.keys) {
                if let ext {
                    versions[language]?.translatedFrom = ext["translated_from"]?[language.code]?[property]?.stringValue
                } else if language != caseSource, let original {
                    versions[language]?.translatedFrom = TranslatableText.fingerprint(original.text)
                }
            }
            texts[property] = TranslatableText(versions: versions)
        }
        return texts
    }

    /// The language-content object carrying `translations` of the object `target`.
    static func languageContent(
        for target: String, translations: Translations, created: String, modified: String, marking: String
    ) -> STIXValue {
        var object = STIXObjectBuilder(type: "language-content", id: STIXIdentifiers.languageContent(of: target))
        object["created_by_ref"] = .string(STIXIdentifiers.toolkitIdentity)
        object["created"] = .string(created)
        object["modified"] = .string(modified)
        object["object_marking_refs"] = .strings([marking])
        object["object_ref"] = .string(target)
        object["object_modified"] = .string(modified)
        object["contents"] = .map(translations.mapValues { .map($0) })
        return object.value
    }
}
