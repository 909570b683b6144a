import Foundation
import NexusDomain
import NexusLocalization
import NexusRendering

extension ScenarioFormFields {
    /// The phases, each with its injects, questions, polls and expected actions.
    var phases: FormRowGroup {
        let rows = values.phases.enumerated().map { p, row in
            let at = "$.phases[\(p)]"
            return FormRow(
                legend: numbered(.scenarioFormPhaseNumber, p),
                fields: [
                    hidden(at + ".id", row.id), text(at + ".title", .scenarioFormTitle, row.title, required: true),
                    text(at + ".narrative", .scenarioFormNarrative, row.narrative, help: .scenarioFormNarrativeHelp, rows: 8),
                    code(at + ".durationMinutes", .scenarioFormDuration, row.duration, required: true),
                    checkbox(at + ".remove", .scenarioFormRemovePhase, row.remove),
                ],
                groups: [injects(row, p), questions(row, p), polls(row, p), expected(row, p)])
        }
        return group(.phases, .scenarioPhases, help: .scenarioFormPhasesHelp, add: .scenarioFormAddPhase, rows)
    }

    private func injects(_ phase: ScenarioFormValues.PhaseRow, _ p: Int) -> FormRowGroup {
        let actors = env.snapshot.actors.map { ($0.info.slug, env.text($0.info).text.title) }
        let rows = phase.injects.enumerated().map { i, row in
            let at = "$.phases[\(p)].injects[\(i)]"
            return FormRow(
                legend: numbered(.scenarioFormInjectNumber, i),
                fields: [
                    hidden(at + ".id", row.id),
                    code(at + ".offsetMinutes", .scenarioFormOffset, row.offset, required: true),
                    select(at + ".kind", .scenarioKind, row.kind, InjectKind.allCases.map { ($0.rawValue, t(ScenarioLabels.kind($0))) }),
                    FormField.checklist(
                        ScenarioFormValues.name(at + ".addressedTo"), t(.scenarioFormAddressedTo), chosen: row.addressedTo, actors,
                        invalid: isInvalid(at + ".addressedTo")),
                    text(at + ".title", .scenarioFormInjectTitle, row.title, required: true),
                    text(at + ".from", .scenarioFrom, row.from),
                    text(at + ".text", .scenarioFormInjectText, row.text, rows: 4, required: true),
                    remove(at, row.remove),
                ])
        }
        return group(.injects(phase: p), .scenarioInjects, help: .scenarioFormInjectsHelp, add: .scenarioFormAddInject, rows)
    }

    private func questions(_ phase: ScenarioFormValues.PhaseRow, _ p: Int) -> FormRowGroup {
        let rows = phase.questions.enumerated().map { q, row in
            let at = "$.phases[\(p)].questions[\(q)]"
            return FormRow(
                legend: numbered(.scenarioFormQuestionNumber, q),
                fields: [hidden(at + ".id", row.id), text(at + ".text", .scenarioFormQuestion, row.text, rows: 2), remove(at, row.remove)])
        }
        return group(.questions(phase: p), .scenarioQuestions, add: .scenarioFormAddQuestion, rows)
    }

    private func polls(_ phase: ScenarioFormValues.PhaseRow, _ p: Int) -> FormRowGroup {
        let rows = phase.polls.enumerated().map { v, poll in
            let at = "$.phases[\(p)].polls[\(v)]"
            let options = poll.options.enumerated().map { a, option in
                let path = at + ".options[\(a)]"
                return FormRow(
                    legend: numbered(.scenarioFormOptionNumber, a),
                    fields: [
                        hidden(path + ".id", option.id), text(path + ".text", .scenarioFormOptionText, option.text),
                        checkbox(path + ".correct", .scenarioFormCorrect, option.correct), remove(path, option.remove),
                    ])
            }
            return FormRow(
                legend: numbered(.scenarioFormPollNumber, v),
                fields: [
                    hidden(at + ".id", poll.id), text(at + ".question", .scenarioFormQuestion, poll.question, required: true),
                    checkbox(at + ".multipleChoice", .scenarioFormMultipleChoice, poll.multipleChoice), remove(at, poll.remove),
                ],
                groups: [
                    group(.options(phase: p, poll: v), .scenarioFormOptions, help: .scenarioFormOptionsHelp, add: .scenarioFormAddOption, options)
                ])
        }
        return group(.polls(phase: p), .scenarioPolls, add: .scenarioFormAddPoll, rows)
    }

    private func expected(_ phase: ScenarioFormValues.PhaseRow, _ p: Int) -> FormRowGroup {
        let objectives = values.objectives.enumerated().map { o, row in
            (row.id, numbered(.scenarioFormObjectiveNumber, o) + (row.text.isEmpty ? "" : " · " + String(row.text.prefix(60))))
        }
        let rows = phase.expected.enumerated().map { e, row in
            let at = "$.phases[\(p)].expectedActions[\(e)]"
            return FormRow(
                legend: numbered(.scenarioFormExpectedNumber, e),
                fields: [
                    hidden(at + ".id", row.id), text(at + ".text", .scenarioFormExpectedText, row.text, rows: 2, required: true),
                    practices(at + ".practices", row.practices),
                    select(at + ".objective", .scenarioFormForObjective, row.objective, objectives, blank: "—"),
                    remove(at, row.remove),
                ])
        }
        return group(.expected(phase: p), .scenarioExpectedActions, help: .scenarioFormExpectedHelp, add: .scenarioFormAddExpected, rows)
    }
}
