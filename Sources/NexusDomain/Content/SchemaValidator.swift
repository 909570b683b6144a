/// Checks one document's front matter against ``ContentSchema``: known fields,
/// required fields, value types, and the split between English and translations.
///
/// References between items are checked later, once every document is known.
public enum SchemaValidator {
    /// The problems with `document`, empty when it fits the schema.
    public static func problems(in document: ContentDocument) -> [ContentProblem] {
        var problems: [ContentProblem] = []
        let isSource = document.language == .source
        let specs = ContentSchema.fields(for: document.kind)
        func report(_ message: String) {
            problems.append(ContentProblem(.error, .schema, at: document.location, message))
        }

        for name in document.fields.keys.sorted() {
            if name == ContentSchema.sourceHashField {
                if isSource { report("`\(name)` belongs in translations only; remove it from the English file") }
                // Unquoted, a hash of digits reads as a number and loses its leading zeros.
                if document.fields[name]?.stringValue == nil {
                    report("`\(name)` must be text in double quotes, e.g. source_hash: \"1a2b3c4d5e6f7a8b\"")
                }
                continue
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                report("unknown field `\(name)` for a \(document.kind.rawValue)")
                continue
            }
            if !isSource && !spec.isTranslatable {
                report("`\(name)` is set in the English file only; remove it from this translation")
                continue
            }
            if let message = typeProblem(document.fields[name]!, expected: spec.type) {
                report("`\(name)` \(message)")
            }
        }
        for spec in specs where spec.isRequired && (isSource || spec.isTranslatable) {
            if document.fields[spec.name] == nil { report("required field `\(spec.name)` is missing") }
        }
        if !isSource {
            if document.fields[ContentSchema.sourceHashField] == nil {
                report("`\(ContentSchema.sourceHashField)` is missing: record the hash of the English text translated")
            }
        }
        if !document.slug.isValidSlug {
            report("the folder name `\(document.slug)` must be lower-case letters, digits and hyphens")
        }
        return problems
    }

    /// Why `value` does not fit `type`, or `nil` when it does.
    static func typeProblem(_ value: ContentValue, expected type: FieldSpec.FieldType) -> String? {
        switch type {
        case .text:
            guard let text = value.stringValue else { return "must be text, not \(value.typeName)" }
            return text.isBlank ? "must not be empty" : nil
        case .textList:
            guard let texts = value.stringListValue else { return "must be a list of texts" }
            return texts.contains(where: \.isBlank) ? "must not contain empty entries" : nil
        case .int:
            return value.intValue == nil ? "must be a whole number, not \(value.typeName)" : nil
        case .url:
            guard let url = value.stringValue else { return "must be a URL" }
            return url.isWebURL ? nil : "must be an absolute http(s) URL, not `\(url)`"
        case .urlList:
            guard let urls = value.stringListValue, !urls.isEmpty else { return "must be a non-empty list of URLs" }
            return urls.first(where: { !$0.isWebURL }).map { "contains `\($0)`, which is not an absolute http(s) URL" }
        case .choice(let choices):
            guard let word = value.stringValue, choices.contains(word) else {
                return "must be one of: \(choices.joined(separator: ", "))"
            }
            return nil
        case .choiceList(let choices):
            guard let words = value.stringListValue, words.allSatisfy(choices.contains) else {
                return "must be a list of: \(choices.joined(separator: ", "))"
            }
            return nil
        case .date:
            guard let text = value.stringValue, PartialDate(text) != nil else {
                return "must be a date in quotes: \"2018\", \"2018-02\" or \"2018-02-14\""
            }
            return nil
        case .countryCode:
            guard let code = value.stringValue, code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                return "must be a two-letter ISO 3166 country code in capitals, such as AL"
            }
            return nil
        case .reference:
            guard let slug = value.stringValue, slug.isValidSlug else { return "must be the slug of an item" }
            return nil
        case .referenceList:
            guard let slugs = value.stringListValue, slugs.allSatisfy(\.isValidSlug) else {
                return "must be a list of item slugs"
            }
            return nil
        }
    }
}

extension String {
    /// Whether the string is a usable slug: lower-case ASCII letters, digits and single hyphens.
    public var isValidSlug: Bool {
        !isEmpty && count <= 80 && !hasPrefix("-") && !hasSuffix("-") && !contains("--")
            && unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    var isWebURL: Bool {
        (hasPrefix("https://") || hasPrefix("http://")) && count > 10 && !contains(where: \.isWhitespace)
    }
}
