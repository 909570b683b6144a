import Logging
import NexusPersistence
import Foundation
import NexusDomain
import NexusLocalization

/// The editing form of a toolkit item, built from ``ContentSchema``: one control per
/// field, of the kind its type calls for, and the reverse — a submitted form back into
/// a document.
enum ContentForm {
    /// One field of the form. The flags tell the logic-less template which control to draw.
    struct Field: Sendable {
        let name: String
        let label: String
        let help: String?
        let value: String
        let isRequired: Bool
        let isLine: Bool
        let isText: Bool
        let isNumber: Bool
        let isSelect: Bool
        let isChecklist: Bool
        let options: [FormOption]
        /// For translations: the English value shown beside the field.
        let source: String?
    }

    /// The fields of `kind`, filled from `document`: every field for English, the text
    /// fields only for a translation.
    static func fields(
        kind: ContentKind, document: ContentDocument?, english: ContentDocument?, snapshot: ToolkitSnapshot,
        language: Language, t: Localizer
    ) -> [Field] {
        let isSource = language == .source
        var fields = ContentSchema.fields(for: kind).filter { isSource || $0.isTranslatable }.map { spec in
            field(spec, value: document?.fields[spec.name], source: isSource ? nil : english?.fields[spec.name],
                  snapshot: snapshot, t: t)
        }
        fields.append(Field(
            name: "body", label: t(.contentFieldBody), help: t(.contentFieldBodyHelp), value: document?.body ?? "",
            isRequired: false, isLine: false, isText: true, isNumber: false, isSelect: false, isChecklist: false,
            options: [], source: isSource ? nil : english?.body))
        return fields
    }

    private static let lineFields: Set<String> = [
        "title", "short_title", "issuer", "organisation", "coverage", "city", "url", "start", "end", "country",
    ]

    private static func field(
        _ spec: FieldSpec, value: ContentValue?, source: ContentValue?, snapshot: ToolkitSnapshot, t: Localizer
    ) -> Field {
        let label = t(labelKey(spec.name))
        func make(value: String, line: Bool = false, number: Bool = false, select: [FormOption]? = nil,
                  checklist: [FormOption]? = nil, help: String? = nil) -> Field {
            Field(name: spec.name, label: label, help: help, value: value, isRequired: spec.isRequired,
                  isLine: line, isText: !line && !number && select == nil && checklist == nil, isNumber: number,
                  isSelect: select != nil, isChecklist: checklist != nil, options: select ?? checklist ?? [],
                  source: source.map(display))
        }
        switch spec.type {
        case .text:
            return make(value: value?.stringValue ?? "", line: lineFields.contains(spec.name))
        case .textList:
            return make(value: (value?.stringListValue ?? []).joined(separator: "\n\n"), help: t(.contentFieldStepsHelp))
        case .urlList:
            return make(value: (value?.stringListValue ?? []).joined(separator: "\n"), help: t(.contentFieldLinesHelp))
        case .int:
            return make(value: value?.intValue.map(String.init) ?? "", number: true)
        case .url, .date, .countryCode:
            return make(value: value?.stringValue ?? "", line: true)
        case .choice(let choices):
            let current = value?.stringValue ?? ""
            return make(value: current, select: ([""] + choices).map { FormOption(value: $0, label: $0, isSelected: $0 == current) })
        case .choiceList(let choices):
            let current = Set(value?.stringListValue ?? [])
            return make(value: "", checklist: choices.map { FormOption(value: $0, label: $0, isSelected: current.contains($0)) })
        case .reference(let kind):
            let current = value?.stringValue ?? ""
            return make(value: current, select: [FormOption(value: "", label: "", isSelected: current.isEmpty)]
                        + items(of: kind, snapshot).map { FormOption(value: $0.0, label: $0.1, isSelected: $0.0 == current) })
        case .referenceList(let kind):
            let current = Set(value?.stringListValue ?? [])
            return make(value: "", checklist: items(of: kind, snapshot).map {
                FormOption(value: $0.0, label: $0.1, isSelected: current.contains($0.0))
            })
        }
    }

    /// The items of a kind, as (slug, English title) pairs.
    private static func items(of kind: ContentKind, _ snapshot: ToolkitSnapshot) -> [(String, String)] {
        snapshot.infos(of: kind).map { ($0.slug, $0.text.source.title) }
    }

    private static func display(_ value: ContentValue) -> String {
        switch value {
        case .string(let text): text
        case .list(let items): items.compactMap(\.stringValue).joined(separator: "\n\n")
        case .int(let number): String(number)
        default: ""
        }
    }

    /// The document a submitted form describes. Empty optional fields are left out;
    /// the result is then checked by ``SchemaValidator`` like any file.
    static func document(from form: FormBody, kind: ContentKind, slug: String, language: Language) -> ContentDocument {
        var fields: [String: ContentValue] = [:]
        for spec in ContentSchema.fields(for: kind) where language == .source || spec.isTranslatable {
            let raw = form.text(spec.name)
            switch spec.type {
            case .textList:
                let steps = raw.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                if !steps.isEmpty { fields[spec.name] = .list(steps.map(ContentValue.string)) }
            case .urlList:
                let lines = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if !lines.isEmpty { fields[spec.name] = .list(lines.map(ContentValue.string)) }
            case .choiceList, .referenceList:
                let chosen = form.all(spec.name).filter { !$0.isEmpty }
                if !chosen.isEmpty { fields[spec.name] = .list(chosen.map(ContentValue.string)) }
            case .int:
                if !raw.isEmpty { fields[spec.name] = Int(raw).map(ContentValue.int) ?? .string(raw) }
            default:
                if !raw.isEmpty { fields[spec.name] = .string(raw) }
            }
        }
        let body = (form["body"] ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return ContentDocument(kind: kind, slug: slug, language: language, fields: fields, body: body)
    }
}
