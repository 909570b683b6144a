import Foundation
import NexusDomain
import NexusLocalization

/// The printed material of a scenario, as print-ready pages in the reader's language,
/// tailored for one country: the facilitator's handbook (everything, with the master
/// scenario events list, the expected actions and the evaluator's critical tasks) and the
/// players' situation manual (the situation and the questions, nothing of what is expected).
enum ScenarioManualPage {
    struct Model: Sendable {
        let title: String
        let kind: String
        let isHandbook: Bool
        let handbookNote: String?
        let tailoringName: String?
        let dayText: String?
        let gaps: String?
        let choices: [Choice]
        let hasChoices: Bool
        let action: String
        let dayValue: String
        let purposeHTML: String
        let audienceHTML: String
        let basisHTML: String
        let durationText: String
        let objectives: [Objective]
        let phases: [Phase]
        let events: [Event]
        let hasEvents: Bool
        let backHref: String
    }

    struct Choice: Sendable {
        let value: String
        let label: String
        let isSelected: Bool
    }

    struct Objective: Sendable {
        let number: String
        let html: String
        let practices: String?
        let tasks: [String]
    }

    struct Phase: Sendable {
        let anchor: String
        let heading: String
        let durationText: String
        let narrativeHTML: String
        let injects: [Inject]
        let questions: [String]
        let polls: [Poll]
        let expected: [Expected]
    }

    struct Inject: Sendable {
        let time: String
        let kind: String
        let to: String
        let title: String
        let from: String?
        let html: String
    }

    struct Poll: Sendable {
        let question: String
        let kind: String
        let options: [Option]
    }

    struct Option: Sendable {
        let text: String
        let isCorrect: Bool
    }

    struct Expected: Sendable {
        let html: String
        let notes: String?
    }

    /// One line of the master scenario events list.
    struct Event: Sendable {
        let time: String
        let phase: String
        let kind: String
        let to: String
        let title: String
    }

    static func model(
        _ scenario: Scenario, manual: ExercisesRoute.Manual, tailoring: Tailoring?, day: CalendarDay?, env: PageEnvironment
    ) -> Model {
        let t = env.t
        let isHandbook = manual == .handbook
        let text = TailoredText(tailor: ScenarioTailor(scenario, tailoring: tailoring, exerciseDay: day), scenario: scenario, env: env)
        let labels = ScenarioLabels(scenario: scenario, text: text, env: env)
        let missing = tailoring.flatMap { ScenarioTailor.missingValues(scenario)[$0.id] } ?? []
        let phases = scenario.phases.enumerated().map { index, phase in
            Phase(
                anchor: "phase-\(phase.id)",
                heading: labels.heading(of: phase, at: index),
                durationText: labels.minutes(phase.durationMinutes), narrativeHTML: text.html(phase.narrative),
                injects: isHandbook ? phase.injects.map { labels.inject($0) } : [],
                questions: phase.questions.map { text.plain($0.text) },
                polls: isHandbook ? phase.polls.map { labels.poll($0) } : [],
                expected: isHandbook ? phase.expectedActions.map { labels.expected($0) } : [])
        }
        let timeline = scenario.phases.enumerated().flatMap { index, phase in phase.injects.map { (index, $0) } }
        let events = timeline.sorted { $0.1.offsetMinutes < $1.1.offsetMinutes }.map { index, inject in
            Event(
                time: labels.offset(inject.offsetMinutes), phase: t.number(index + 1), kind: labels.kind(inject.kind),
                to: labels.addressees(inject.addressedTo), title: text.plain(inject.title))
        }
        let chosenDay = day ?? tailoring?.exerciseDay.flatMap(CalendarDay.init)
        return Model(
            title: text.plain(scenario.title), kind: t(isHandbook ? .scenarioHandbook : .scenarioSituationManual),
            isHandbook: isHandbook, handbookNote: isHandbook ? t(.scenarioHandbookNote) : nil,
            tailoringName: tailoring.map { text.plain($0.name) },
            dayText: chosenDay.map { t(.scenarioExerciseDay, ["date": t.day($0.noon)]) },
            gaps: missing.isEmpty ? nil : t(.scenarioGaps, ["names": missing.map { "[\($0)]" }.joined(separator: ", ")]),
            choices: scenario.tailorings.map { Choice(value: $0.id, label: text.plain($0.name), isSelected: $0.id == tailoring?.id) },
            hasChoices: !scenario.tailorings.isEmpty,
            action: Route.exercises(.manual(env.language, scenario.id, manual)).path, dayValue: chosenDay?.text ?? "",
            purposeHTML: text.html(scenario.purpose), audienceHTML: text.html(scenario.audience), basisHTML: text.html(scenario.basis),
            durationText: labels.minutes(scenario.durationMinutes),
            objectives: labels.objectives(withTasks: isHandbook),
            phases: phases, events: isHandbook ? events : [], hasEvents: isHandbook && !events.isEmpty,
            backHref: Route.exercises(.scenario(env.language, scenario.id)).path)
    }
}
