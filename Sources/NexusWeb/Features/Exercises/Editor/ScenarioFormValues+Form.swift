import Foundation
import NexusDomain

extension ScenarioFormValues {
    /// The most rows of one list a form is read with; more than validation allows anyway.
    static let maximumRows = 120

    /// What the form's buttons ask for.
    enum Action: Equatable {
        case save
        case add(List)
        /// Take the chosen case's narrative and practices as the starting material.
        case fromCase
    }

    /// The action a sent form asks for: saving, unless another button sent it.
    static func action(of form: FormBody) -> Action {
        let value = form["_action"] ?? ""
        if value == "from-case" { return .fromCase }
        if value.hasPrefix("add:"), let list = List(path: String(value.dropFirst(4))) { return .add(list) }
        return .save
    }

    /// Reads a sent form; the original language falls back to `language`. Everything is
    /// kept as typed, to be shown again or read by ``converted(base:)``.
    init(form: FormBody, language: Language) {
        self.init()
        func text(_ path: String) -> String { form.text(Self.name(path)) }
        func all(_ path: String) -> [String] { form.all(Self.name(path) + "[]") }
        func ticked(_ path: String) -> Bool { !text(path).isEmpty }
        id = text("id")
        revision = form["revision"].flatMap { Int($0) }
        sourceLanguage = form["source_language"].flatMap(Language.init(code:)) ?? language
        title = text("title")
        purpose = text("purpose")
        audience = text("audience")
        basis = text("basis")
        duration = text("durationMinutes")
        caseID = text("caseID")
        objectives = Self.rows("objectives", form) { at in
            ObjectiveRow(
                id: text(at + ".id"), text: text(at + ".text"), practices: all(at + ".practices"),
                tasks: Self.rows(at + ".criticalTasks", form) {
                    TextRow(id: text($0 + ".id"), text: text($0 + ".text"), remove: ticked($0 + ".remove"))
                },
                remove: ticked(at + ".remove"))
        }
        variables = Self.rows("variables", form, key: "name") { at in
            VariableRow(
                name: text(at + ".name"), label: text(at + ".label"), kind: text(at + ".kind"), dayOffset: text(at + ".dayOffset"),
                remove: ticked(at + ".remove"))
        }
        let variableCount = variables.count
        tailorings = Self.rows("tailorings", form) { at in
            TailoringRow(
                id: text(at + ".id"), name: text(at + ".name"), country: text(at + ".country"), exerciseDay: text(at + ".exerciseDay"),
                values: (0..<variableCount).map { text(at + ".values[\($0)]") }, remove: ticked(at + ".remove"))
        }
        phases = Self.rows("phases", form) { at in
            PhaseRow(
                id: text(at + ".id"), title: text(at + ".title"), narrative: text(at + ".narrative"), duration: text(at + ".durationMinutes"),
                injects: Self.rows(at + ".injects", form) { row in
                    InjectRow(
                        id: text(row + ".id"), offset: text(row + ".offsetMinutes"), kind: text(row + ".kind"),
                        addressedTo: all(row + ".addressedTo"), title: text(row + ".title"), from: text(row + ".from"),
                        text: text(row + ".text"), remove: ticked(row + ".remove"))
                },
                questions: Self.rows(at + ".questions", form) {
                    TextRow(id: text($0 + ".id"), text: text($0 + ".text"), remove: ticked($0 + ".remove"))
                },
                polls: Self.rows(at + ".polls", form) { row in
                    PollRow(
                        id: text(row + ".id"), question: text(row + ".question"), multipleChoice: ticked(row + ".multipleChoice"),
                        options: Self.rows(row + ".options", form) { option in
                            OptionRow(
                                id: text(option + ".id"), text: text(option + ".text"), correct: ticked(option + ".correct"),
                                remove: ticked(option + ".remove"))
                        },
                        remove: ticked(row + ".remove"))
                },
                expected: Self.rows(at + ".expectedActions", form) { row in
                    ExpectedRow(
                        id: text(row + ".id"), text: text(row + ".text"), practices: all(row + ".practices"),
                        objective: text(row + ".objective"), remove: ticked(row + ".remove"))
                },
                remove: ticked(at + ".remove"))
        }
    }

    /// The rows of the list at `path`, numbered from 0 without gaps, each known by its `key` field.
    private static func rows<Row>(_ path: String, _ form: FormBody, key: String = "id", _ make: (String) -> Row) -> [Row] {
        var found: [Row] = []
        var index = 0
        while index < maximumRows, form[name("\(path)[\(index)].\(key)")] != nil {
            found.append(make("\(path)[\(index)]"))
            index += 1
        }
        return found
    }
}
