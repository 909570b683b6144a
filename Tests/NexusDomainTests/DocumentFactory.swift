import NexusDomain

/// Builds content documents for tests with only the fields a test cares about.
enum Doc {
    static func practice(
        _ slug: String, _ language: Language = .en, number: Int? = nil, theme: String = "a",
        extra: [String: ContentValue] = [:], title: String? = nil, steps: [String]? = nil, hash: String? = nil,
        body: String = "Body."
    ) -> ContentDocument {
        var fields: [String: ContentValue] = [
            "title": .string(title ?? "Title of \(slug) in \(language.code)"),
            "summary": .string("Summary of \(slug)."),
        ]
        if let steps { fields["key_actions"] = .list(steps.map(ContentValue.string)) }
        if language == .en {
            fields["status"] = .string("confirmed")
            fields["sources"] = .list([.string("https://example.org/source")])
            fields["theme"] = .string(theme)
            if let number { fields["number"] = .int(number) }
        } else {
            fields["source_hash"] = .string(hash ?? "stale")
        }
        fields.merge(extra) { _, new in new }
        return ContentDocument(kind: .practice, slug: slug, language: language, fields: fields, body: body)
    }

    static func theme(_ slug: String = "a", letter: String = "A", _ language: Language = .en) -> ContentDocument {
        var fields: [String: ContentValue] = ["title": .string("Theme \(letter)"), "summary": .string("About \(letter).")]
        if language == .en {
            fields["letter"] = .string(letter)
            fields["status"] = .string("confirmed")
            fields["sources"] = .list([.string("https://example.org/themes")])
        } else {
            fields["source_hash"] = .string(SourceHash.of(theme(slug, letter: letter)))
        }
        return ContentDocument(kind: .theme, slug: slug, language: language, fields: fields, body: "")
    }

    /// Every translation of `document`, each recording the current source hash.
    static func translations(of document: ContentDocument) -> [ContentDocument] {
        Language.translations.map { language in
            var fields = document.fields.filter { name, _ in
                ContentSchema.field(name, for: document.kind)?.isTranslatable == true
            }
            fields["source_hash"] = .string(SourceHash.of(document))
            return ContentDocument(
                kind: document.kind, slug: document.slug, language: language, fields: fields,
                body: "\(language.code): \(document.body)")
        }
    }
}
