import Foundation
import NexusDomain
import NexusLocalization

/// One field of a form (a case, a scenario, a translation), as `form-field` draws it.
struct FormField: Sendable {
    enum Kind: Sendable {
        case line, text, select, checklist, checkbox, hidden
    }

    let name: String
    let label: String
    let help: String?
    let value: String
    let options: [FormOption]
    let isLine: Bool
    let isText: Bool
    let isSelect: Bool
    let isChecklist: Bool
    let isCheckbox: Bool
    let isHidden: Bool
    /// For a checkbox: whether it is ticked.
    let isChecked: Bool
    let isRequired: Bool
    let isInvalid: Bool
    /// The language and direction of the field's text, for texts and codes.
    let lang: String?
    let dir: String?
    /// For a translation: the original text, shown above the field.
    let original: String?
    let originalLang: String?
    let originalDir: String?
    /// Whether the translation in the field was made from an older original.
    let isStale: Bool
    let rows: Int

    /// The element's `id`, which the list of problems links to. Stored, since templates
    /// see stored properties only.
    let id: String

    init(
        _ kind: Kind, name: String, label: String, help: String? = nil, value: String = "", options: [FormOption] = [],
        required: Bool = false, invalid: Bool = false, language: Language? = nil, original: (text: String, language: Language)? = nil,
        isStale: Bool = false, rows: Int = 3
    ) {
        self.name = name
        id = "f-" + name.replacingOccurrences(of: "[]", with: "")
        self.label = label
        self.help = help
        self.value = value
        self.options = options
        isLine = kind == .line
        isText = kind == .text
        isSelect = kind == .select
        isChecklist = kind == .checklist
        isCheckbox = kind == .checkbox
        isHidden = kind == .hidden
        isChecked = kind == .checkbox && !value.isEmpty
        isRequired = required
        isInvalid = invalid
        lang = language?.code
        dir = language.map { $0.isRightToLeft ? "rtl" : "ltr" }
        self.original = original.map(\.text)
        originalLang = original?.language.code
        originalDir = original.map { $0.language.isRightToLeft ? "rtl" : "ltr" }
        self.isStale = isStale
        self.rows = rows
    }

    /// A select of `choices` (value, label) with `value` selected, after an optional blank choice.
    static func select(
        _ name: String, _ label: String, value: String, _ choices: [(String, String)], blank: String? = nil, required: Bool = false,
        invalid: Bool = false, help: String? = nil
    ) -> FormField {
        let all = (blank.map { [("", $0)] } ?? []) + choices
        return FormField(
            .select, name: name, label: label, help: help, value: value,
            options: all.map { FormOption(value: $0.0, label: $0.1, isSelected: $0.0 == value) }, required: required, invalid: invalid)
    }

    /// Checkboxes named `name[]`, those in `chosen` ticked.
    static func checklist(_ name: String, _ label: String, chosen: [String], _ choices: [(String, String)], invalid: Bool = false)
        -> FormField
    {
        let picked = Set(chosen)
        return FormField(
            .checklist, name: name + "[]", label: label,
            options: choices.map { FormOption(value: $0.0, label: $0.1, isSelected: picked.contains($0.0)) }, invalid: invalid)
    }
}

/// A row of a form (an actor, a relationship, an inject) in its own fieldset, with the
/// lists inside it (a phase's injects, a poll's options).
struct FormRow: Sendable {
    let legend: String
    let fields: [FormField]
    let groups: [FormRowGroup]

    init(legend: String, fields: [FormField], groups: [FormRowGroup] = []) {
        self.legend = legend
        self.fields = fields
        self.groups = groups
    }
}

/// A list of rows with the button that adds one.
struct FormRowGroup: Sendable {
    let id: String
    let heading: String
    let help: String?
    let rows: [FormRow]
    let addLabel: String
    let addValue: String
}
