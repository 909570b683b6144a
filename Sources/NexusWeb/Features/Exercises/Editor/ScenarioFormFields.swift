import Foundation
import NexusDomain
import NexusLocalization
import NexusRendering

/// The scenario form's fields, section by section, filled from the form's values. Every
/// field is named after its JSON path (see ``ScenarioFormValues``), so a problem's path
/// is its field's anchor.
struct ScenarioFormFields {
    let values: ScenarioFormValues
    let env: PageEnvironment
    /// The anchors of the fields with problems.
    let invalid: Set<String>
    /// The cases a scenario may be built on: identifier and title.
    let cases: [(String, String)]

    var t: Localizer { env.t }
    var language: Language { values.sourceLanguage }

    /// The anchor of the field at `path` (`$.phases[0].title` → `f-phases-0-title`).
    static func anchor(of path: String) -> String { "f-" + ScenarioFormValues.name(path) }

    func isInvalid(_ path: String) -> Bool { invalid.contains(Self.anchor(of: path)) }

    /// A text of the original language: a line, or a box of `rows` lines.
    func text(_ path: String, _ label: UIKey, _ value: String, help: UIKey? = nil, rows: Int = 0, required: Bool = false) -> FormField {
        FormField(
            rows == 0 ? .line : .text, name: ScenarioFormValues.name(path), label: t(label), help: help.map { t($0) }, value: value,
            required: required, invalid: isInvalid(path), language: language, rows: max(rows, 1))
    }

    /// A number or a code, written the same in every language.
    func code(_ path: String, _ label: UIKey, _ value: String, help: UIKey? = nil, required: Bool = false) -> FormField {
        FormField(
            .line, name: ScenarioFormValues.name(path), label: t(label), help: help.map { t($0) }, value: value, required: required,
            invalid: isInvalid(path), language: .en)
    }

    func hidden(_ path: String, _ value: String) -> FormField {
        FormField(.hidden, name: ScenarioFormValues.name(path), label: "", value: value)
    }

    func checkbox(_ path: String, _ label: UIKey, _ ticked: Bool) -> FormField {
        FormField(.checkbox, name: ScenarioFormValues.name(path), label: t(label), value: ticked ? "1" : "")
    }

    func remove(_ path: String, _ ticked: Bool) -> FormField { checkbox(path + ".remove", .caseFormRemoveRow, ticked) }

    func select(_ path: String, _ label: UIKey, _ value: String, _ choices: [(String, String)], blank: String? = nil) -> FormField {
        .select(ScenarioFormValues.name(path), t(label), value: value, choices, blank: blank, invalid: isInvalid(path))
    }

    func practices(_ path: String, _ chosen: [String]) -> FormField {
        .checklist(
            ScenarioFormValues.name(path), t(.casePracticesHeading), chosen: chosen,
            env.snapshot.practices.map { ($0.info.slug, env.fullLabel(of: $0)) }, invalid: isInvalid(path))
    }

    func group(_ list: ScenarioFormValues.List, _ heading: UIKey, help: UIKey? = nil, add: UIKey, _ rows: [FormRow]) -> FormRowGroup {
        FormRowGroup(
            id: "group-" + ScenarioFormValues.name(list.path), heading: t(heading), help: help.map { t($0) }, rows: rows,
            addLabel: t(add), addValue: "add:" + list.path)
    }

    func numbered(_ key: UIKey, _ index: Int) -> String { t(key, ["number": t.number(index + 1)]) }

    /// Identifier, language, title, purpose, audience, basis, duration and case.
    var about: [FormField] {
        var fields: [FormField] = []
        if values.revision == nil {
            fields.append(code("$.id", .scenarioFormID, values.id, help: .scenarioFormIDHelp, required: true))
            fields.append(
                .select(
                    "source_language", t(.scenarioFormSourceLanguage), value: values.sourceLanguage.code,
                    Language.allCases.map { ($0.code, $0.nativeName) }, required: true))
        }
        fields += [
            text("$.title", .scenarioFormTitle, values.title, required: true),
            text("$.purpose", .scenarioPurpose, values.purpose, rows: 3),
            text("$.audience", .scenarioAudience, values.audience, rows: 2),
            text("$.basis", .scenarioBasis, values.basis, help: .scenarioFormBasisHelp, rows: 3),
            code("$.durationMinutes", .scenarioFormDuration, values.duration, required: true),
            select("$.caseID", .scenarioBuiltOn, values.caseID, cases, blank: "—"),
        ]
        return fields
    }

    /// The objectives with their practices and critical tasks.
    var objectives: FormRowGroup {
        let rows = values.objectives.enumerated().map { o, row in
            let at = "$.objectives[\(o)]"
            let tasks = row.tasks.enumerated().map { k, task in
                let path = at + ".criticalTasks[\(k)]"
                return FormRow(
                    legend: numbered(.scenarioFormTaskNumber, k),
                    fields: [hidden(path + ".id", task.id), text(path + ".text", .scenarioFormTask, task.text, rows: 2), remove(path, task.remove)])
            }
            return FormRow(
                legend: numbered(.scenarioFormObjectiveNumber, o),
                fields: [
                    hidden(at + ".id", row.id), text(at + ".text", .scenarioFormObjective, row.text, rows: 2, required: true),
                    practices(at + ".practices", row.practices), remove(at, row.remove),
                ],
                groups: [group(.tasks(objective: o), .scenarioCriticalTasks, add: .scenarioFormAddTask, tasks)])
        }
        return group(.objectives, .scenarioObjectives, help: .scenarioFormObjectivesHelp, add: .scenarioFormAddObjective, rows)
    }

    /// The variables, then each country's values.
    var tailoring: [FormRowGroup] {
        let variables = values.variables.enumerated().map { v, row in
            let at = "$.variables[\(v)]"
            return FormRow(
                legend: numbered(.scenarioFormVariableNumber, v),
                fields: [
                    code(at + ".name", .scenarioFormVariableName, row.name, help: .scenarioFormVariableNameHelp, required: true),
                    text(at + ".label", .scenarioFormVariableLabel, row.label, required: true),
                    select(
                        at + ".kind", .scenarioFormVariableKind, row.kind,
                        [
                            (TailoringVariable.Kind.text.rawValue, t(.scenarioFormKindText)),
                            (TailoringVariable.Kind.date.rawValue, t(.scenarioFormKindDate)),
                        ]),
                    code(at + ".dayOffset", .scenarioFormDayOffset, row.dayOffset, help: .scenarioFormDayOffsetHelp),
                    remove(at, row.remove),
                ])
        }
        let tailorings = values.tailorings.enumerated().map { c, row in
            let at = "$.tailorings[\(c)]"
            var fields = [
                code(at + ".id", .scenarioFormID, row.id, help: .scenarioFormIDHelp, required: true),
                text(at + ".name", .scenarioFormTailoringName, row.name, required: true),
                code(at + ".country", .scenarioFormCountry, row.country, help: .scenarioFormCountryHelp),
                code(at + ".exerciseDay", .scenarioDay, row.exerciseDay, help: .caseFormDateHelp),
            ]
            // A date variable's value is counted from the exercise day, so it has no field.
            for (v, variable) in values.variables.enumerated() where variable.kind != TailoringVariable.Kind.date.rawValue {
                let label = variable.label.isEmpty ? variable.name : variable.label
                fields.append(
                    FormField(
                        .line, name: ScenarioFormValues.name(at + ".values[\(v)]"), label: t(.scenarioFormValue, ["label": label]),
                        value: v < row.values.count ? row.values[v] : "", language: language))
            }
            fields.append(remove(at, row.remove))
            return FormRow(legend: numbered(.scenarioFormTailoringNumber, c), fields: fields)
        }
        return [
            group(.variables, .scenarioFormVariables, help: .scenarioFormVariablesHelp, add: .scenarioFormAddVariable, variables),
            group(.tailorings, .scenarioTailorings, help: .scenarioFormTailoringsHelp, add: .scenarioFormAddTailoring, tailorings),
        ]
    }
}
