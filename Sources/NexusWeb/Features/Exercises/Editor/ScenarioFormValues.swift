import Foundation
import NexusDomain

/// A scenario form as text, the way the browser sends it and gets it back, so that what
/// was typed is shown again unchanged when something in it is wrong. The form edits the
/// texts of the original language; translations are made on the translators' side.
///
/// Rows nest (a phase's injects, a poll's options). Fields are named after the scenario's
/// JSON paths, with dashes for brackets and dots (`phases-0-injects-2-title` for
/// `$.phases[0].injects[2].title`), so that a problem found in the scenario links to its
/// field. Adding a row sends the form and gets it back one row longer: no script needed.
struct ScenarioFormValues: Sendable, Hashable {
    /// A row with a text only: a critical task, a discussion question.
    struct TextRow: Sendable, Hashable {
        var id = ""
        var text = ""
        var remove = false
    }

    struct ObjectiveRow: Sendable, Hashable {
        var id = ""
        var text = ""
        var practices: [String] = []
        var tasks: [TextRow] = []
        var remove = false
    }

    struct VariableRow: Sendable, Hashable {
        var name = ""
        var label = ""
        var kind = TailoringVariable.Kind.text.rawValue
        var dayOffset = ""
        var remove = false
    }

    /// A country's values, in the order of ``ScenarioFormValues/variables``.
    struct TailoringRow: Sendable, Hashable {
        var id = ""
        var name = ""
        var country = ""
        var exerciseDay = ""
        var values: [String] = []
        var remove = false
    }

    struct InjectRow: Sendable, Hashable {
        var id = ""
        var offset = "0"
        var kind = InjectKind.newsFlash.rawValue
        var addressedTo: [String] = []
        var title = ""
        var from = ""
        var text = ""
        var remove = false
    }

    struct OptionRow: Sendable, Hashable {
        var id = ""
        var text = ""
        var correct = false
        var remove = false
    }

    struct PollRow: Sendable, Hashable {
        var id = ""
        var question = ""
        var multipleChoice = false
        var options: [OptionRow] = []
        var remove = false
    }

    struct ExpectedRow: Sendable, Hashable {
        var id = ""
        var text = ""
        var practices: [String] = []
        var objective = ""
        var remove = false
    }

    struct PhaseRow: Sendable, Hashable {
        var id = ""
        var title = ""
        var narrative = ""
        var duration = "45"
        var injects: [InjectRow] = []
        var questions: [TextRow] = []
        var polls: [PollRow] = []
        var expected: [ExpectedRow] = []
        var remove = false
    }

    var id = ""
    var revision: Int?
    var sourceLanguage: Language = .source
    var title = ""
    var purpose = ""
    var audience = ""
    var basis = ""
    var duration = "180"
    var caseID = ""
    var objectives: [ObjectiveRow] = []
    var variables: [VariableRow] = []
    var tailorings: [TailoringRow] = []
    var phases: [PhaseRow] = []

    /// A blank form for a new scenario written in `language`: one objective, one phase.
    static func blank(in language: Language) -> ScenarioFormValues {
        var values = ScenarioFormValues()
        values.sourceLanguage = language
        values.add(.objectives)
        values.add(.phases)
        return values
    }

    /// The form of a stored scenario, its texts in the original language.
    init(_ stored: StoredScenario) {
        let record = stored.record
        let language = record.sourceLanguage
        func text(_ field: TranslatableText) -> String { field[language] ?? "" }
        id = record.id.rawValue
        revision = stored.revision
        sourceLanguage = language
        title = text(record.title)
        purpose = text(record.purpose)
        audience = text(record.audience)
        basis = text(record.basis)
        duration = String(record.durationMinutes)
        caseID = record.caseID?.rawValue ?? ""
        objectives = record.objectives.map { objective in
            ObjectiveRow(
                id: objective.id, text: text(objective.text), practices: objective.practices,
                tasks: objective.criticalTasks.map { TextRow(id: $0.id, text: text($0.text)) })
        }
        variables = record.variables.map {
            VariableRow(name: $0.name, label: text($0.label), kind: $0.kind.rawValue, dayOffset: $0.dayOffset.map(String.init) ?? "")
        }
        tailorings = record.tailorings.map { tailoring in
            TailoringRow(
                id: tailoring.id, name: text(tailoring.name), country: tailoring.country?.rawValue ?? "",
                exerciseDay: tailoring.exerciseDay ?? "",
                values: record.variables.map { variable in tailoring.values[variable.name].map(text) ?? "" })
        }
        phases = record.phases.map { phase in
            PhaseRow(
                id: phase.id, title: text(phase.title), narrative: text(phase.narrative), duration: String(phase.durationMinutes),
                injects: phase.injects.map {
                    InjectRow(
                        id: $0.id, offset: String($0.offsetMinutes), kind: $0.kind.rawValue, addressedTo: $0.addressedTo,
                        title: text($0.title), from: text($0.from), text: text($0.text))
                },
                questions: phase.questions.map { TextRow(id: $0.id, text: text($0.text)) },
                polls: phase.polls.map { poll in
                    PollRow(
                        id: poll.id, question: text(poll.question), multipleChoice: poll.multipleChoice,
                        options: poll.options.map { OptionRow(id: $0.id, text: text($0.text), correct: $0.correct) })
                },
                expected: phase.expectedActions.map {
                    ExpectedRow(id: $0.id, text: text($0.text), practices: $0.practices, objective: $0.objective ?? "")
                })
        }
    }

    init() {}

    /// The form without the rows marked for removal, and without rows left blank.
    var withoutDroppedRows: ScenarioFormValues {
        var copy = self
        let droppedVariables = Set(variables.indices.filter { variables[$0].remove || variables[$0].isBlank })
        copy.variables = variables.indices.filter { !droppedVariables.contains($0) }.map { variables[$0] }
        copy.tailorings = tailorings.filter { !$0.remove && !$0.isBlank }.map { row in
            var kept = row
            kept.values = row.values.indices.filter { !droppedVariables.contains($0) }.map { row.values[$0] }
            return kept
        }
        copy.objectives = objectives.filter { !$0.remove && !($0.text.isEmpty && $0.tasks.allSatisfy(\.text.isEmpty)) }.map { row in
            var kept = row
            kept.tasks.removeAll { $0.remove || $0.text.isEmpty }
            return kept
        }
        copy.phases = phases.filter { !$0.remove }.map(\.withoutDroppedRows)
        return copy
    }
}

extension ScenarioFormValues.VariableRow {
    var isBlank: Bool { name.isEmpty && label.isEmpty }
}

extension ScenarioFormValues.TailoringRow {
    var isBlank: Bool { id.isEmpty && name.isEmpty && country.isEmpty && exerciseDay.isEmpty && values.allSatisfy(\.isEmpty) }
}

extension ScenarioFormValues.PhaseRow {
    /// The phase without removed rows and rows left blank.
    var withoutDroppedRows: Self {
        var copy = self
        copy.injects.removeAll { $0.remove || ($0.title.isEmpty && $0.text.isEmpty && $0.from.isEmpty) }
        copy.questions.removeAll { $0.remove || $0.text.isEmpty }
        copy.polls = polls.filter { poll in !poll.remove && !(poll.question.isEmpty && poll.options.allSatisfy(\.text.isEmpty)) }
            .map { poll in
                var kept = poll
                kept.options.removeAll { $0.remove || $0.text.isEmpty }
                return kept
            }
        copy.expected.removeAll { $0.remove || $0.text.isEmpty }
        return copy
    }
}
