import Logging
import NexusPersistence
import NexusApplication
import Foundation
import NexusDomain
import NexusRendering
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
        /// Text is in the document's language and direction, whatever the interface's:
        /// an Arabic-speaking editor edits English left to right.
        let textLang: String
        let textDir: String
        /// URLs, dates and codes: always left to right, in no language.
        let isCode: Bool
    }

    /// The fields of `kind`, filled from `document`: every field for English, the text
    /// fields only for a translation.
    static func fields(
        kind: ContentKind, document: ContentDocument?, english: ContentDocument?, snapshot: ToolkitSnapshot,
        language: Language, t: Localizer
    ) -> [Field] {
        let isSource = language == .source
        let context = Context(snapshot: snapshot, language: language, t: t)
        var fields = ContentSchema.fields(for: kind).filter { isSource || $0.isTranslatable }.map { spec in
            field(spec, value: document?.fields[spec.name], source: isSource ? nil : english?.fields[spec.name], context)
        }
        fields.append(
            Field(
                name: "body", label: t(.contentFieldBody), help: t(.contentFieldBodyHelp), value: document?.body ?? "",
                isRequired: false, isLine: false, isText: true, isNumber: false, isSelect: false, isChecklist: false,
                options: [], source: isSource ? nil : english?.body, textLang: language.code,
                textDir: language.isRightToLeft ? "rtl" : "ltr", isCode: false))
        return fields
    }

    private static let lineFields: Set<String> = [
        "title", "short_title", "issuer", "organisation", "coverage", "city", "url", "start", "end", "country",
    ]

    /// What every field needs to know besides its own value.
    private struct Context {
        let snapshot: ToolkitSnapshot
        /// The language of the document being edited.
        let language: Language
        /// The interface's strings; option labels and item titles follow them.
        let t: Localizer
    }

    private static func field(_ spec: FieldSpec, value: ContentValue?, source: ContentValue?, _ context: Context) -> Field {
        let t = context.t
        let label = t(labelKey(spec.name))
        func make(
            value: String, line: Bool = false, number: Bool = false, code: Bool = false, select: [FormOption]? = nil,
            checklist: [FormOption]? = nil, help: String? = nil
        ) -> Field {
            Field(
                name: spec.name, label: label, help: help, value: value, isRequired: spec.isRequired,
                isLine: line, isText: !line && !number && select == nil && checklist == nil, isNumber: number,
                isSelect: select != nil, isChecklist: checklist != nil, options: select ?? checklist ?? [],
                source: source.map(display), textLang: context.language.code,
                textDir: context.language.isRightToLeft ? "rtl" : "ltr", isCode: code)
        }
        func choice(_ value: String) -> String { ChoiceLabels.label(field: spec.name, value: value, t) }
        switch spec.type {
        case .text:
            return make(value: value?.stringValue ?? "", line: lineFields.contains(spec.name))
        case .textList:
            return make(value: (value?.stringListValue ?? []).joined(separator: "\n\n"), help: t(.contentFieldStepsHelp))
        case .urlList:
            return make(value: (value?.stringListValue ?? []).joined(separator: "\n"), code: true, help: t(.contentFieldLinesHelp))
        case .int:
            return make(value: value?.intValue.map(String.init) ?? "", number: true)
        case .url, .date, .countryCode:
            return make(value: value?.stringValue ?? "", line: true, code: true)
        case .choice(let choices):
            let current = value?.stringValue ?? ""
            return make(
                value: current,
                select: ([""] + choices).map {
                    FormOption(value: $0, label: $0.isEmpty ? "" : choice($0), isSelected: $0 == current)
                })
        case .choiceList(let choices):
            let current = Set(value?.stringListValue ?? [])
            return make(
                value: "",
                checklist: choices.map {
                    FormOption(value: $0, label: choice($0), isSelected: current.contains($0))
                })
        case .reference(let kind):
            let current = value?.stringValue ?? ""
            return make(
                value: current,
                select: [FormOption(value: "", label: "", isSelected: current.isEmpty)]
                    + items(of: kind, context).map { FormOption(value: $0.0, label: $0.1, isSelected: $0.0 == current) })
        case .referenceList(let kind):
            let current = Set(value?.stringListValue ?? [])
            return make(
                value: "",
                checklist: items(of: kind, context).map {
                    FormOption(value: $0.0, label: $0.1, isSelected: current.contains($0.0))
                })
        }
    }

    /// The items of a kind, as (slug, title) pairs, titled in the interface's language
    /// where a translation exists.
    private static func items(of kind: ContentKind, _ context: Context) -> [(String, String)] {
        context.snapshot.infos(of: kind).map { ($0.slug, $0.text.resolve(context.t.language).text.title) }
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
