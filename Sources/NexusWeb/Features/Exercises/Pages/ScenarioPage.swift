import Foundation
import NexusDomain
import NexusLocalization
import NexusPersistence

/// One scenario at a glance, for those who design exercises: what it is for, its
/// objectives, its tailorings and whether each is ready, the languages it can be played
/// in, its phases in outline, and what can be done with it.
enum ScenarioPage {
    struct Model: Sendable {
        let title: String
        let lang: String?
        let purposeHTML: String
        let facts: [Fact]
        let objectives: [ScenarioManualPage.Objective]
        let tailorings: [TailoringRow]
        let noTailorings: String?
        let phases: [PhaseRow]
        let handbookHref: String
        let manualHref: String
        let exportHref: String
        let duplicateHref: String
        let editHref: String
        let eventsHref: String
        let keepAction: String
        let libraryHref: String
        let deleteAction: String
        let csrfToken: String
        let updated: String
    }

    struct Fact: Sendable {
        let label: String
        let value: String
        let href: String?
    }

    struct TailoringRow: Sendable {
        let name: String
        let status: String
        let isReady: Bool
        let handbookHref: String
        let manualHref: String
    }

    struct PhaseRow: Sendable {
        let heading: String
        let counts: String
        /// The phase's injects, to keep one in the library.
        let injects: [FormOption]
        let hasInjects: Bool
        /// The phase's identifier when it has questions to keep as a set.
        let questionsPhase: String?
    }

    static func model(_ stored: StoredScenario, caseTitle: String?, csrfToken: String, env: PageEnvironment) -> Model {
        let scenario = stored.record
        let t = env.t
        let text = TailoredText(tailor: ScenarioTailor(scenario, tailoring: nil), scenario: scenario, env: env)
        let labels = ScenarioLabels(scenario: scenario, text: text, env: env)
        let route = { (manual: ExercisesRoute.Manual) in Route.exercises(.manual(env.language, scenario.id, manual)).path }
        let missing = ScenarioTailor.missingValues(scenario)
        let complete = scenario.completeLanguages
        var facts = [
            Fact(label: t(.scenarioDuration), value: labels.minutes(scenario.durationMinutes), href: nil),
            Fact(label: t(.scenarioAudience), value: text.plain(scenario.audience), href: nil),
            Fact(
                label: t(.scenarioLanguagesComplete), value: complete.map(\.nativeName).joined(separator: ", "), href: nil),
            Fact(
                label: t(.scenarioOutline),
                value: t(.scenarioOutlineCounts, ["phases": t.number(scenario.phases.count), "injects": t.number(scenario.injectCount)]),
                href: nil),
        ]
        if let caseID = scenario.caseID {
            facts.insert(
                Fact(
                    label: t(.scenarioBuiltOn), value: caseTitle ?? t(.scenarioCaseMissing, ["id": caseID.rawValue]),
                    href: caseTitle == nil ? nil : Route.cases(.page(env.language, caseID)).path), at: 0)
        }
        return Model(
            title: text.plain(scenario.title), lang: text.lang(scenario.title), purposeHTML: text.html(scenario.purpose),
            facts: facts,
            objectives: labels.objectives(withTasks: true),
            tailorings: scenario.tailorings.map { tailoring in
                let gaps = missing[tailoring.id] ?? []
                let query = "?tailoring=\(tailoring.id)"
                return TailoringRow(
                    name: text.plain(tailoring.name),
                    status: gaps.isEmpty
                        ? t(.scenarioTailoringReady) : t(.scenarioGaps, ["names": gaps.map { "[\($0)]" }.joined(separator: ", ")]),
                    isReady: gaps.isEmpty, handbookHref: route(.handbook) + query, manualHref: route(.situation) + query)
            },
            noTailorings: scenario.tailorings.isEmpty ? t(.scenarioNoTailorings) : nil,
            phases: scenario.phases.enumerated().map { index, phase in
                PhaseRow(
                    heading: labels.heading(of: phase, at: index),
                    counts: t(
                        .scenarioPhaseCounts,
                        [
                            "injects": t.number(phase.injects.count), "questions": t.number(phase.questions.count),
                            "polls": t.number(phase.polls.count), "expected": t.number(phase.expectedActions.count),
                        ]),
                    injects: phase.injects.map { FormOption(value: $0.id, label: text.plain($0.title), isSelected: false) },
                    hasInjects: !phase.injects.isEmpty, questionsPhase: phase.questions.isEmpty ? nil : phase.id)
            },
            handbookHref: route(.handbook), manualHref: route(.situation),
            exportHref: Route.exercises(.action(env.language, .export(scenario.id))).path,
            duplicateHref: Route.exercises(.action(env.language, .duplicate(scenario.id))).path,
            editHref: Route.exercises(.action(env.language, .edit(scenario.id))).path,
            eventsHref: Route.exercises(.action(env.language, .events(scenario.id))).path,
            keepAction: Route.exercises(.action(env.language, .keep(scenario.id))).path,
            libraryHref: Route.exercises(.materials(env.language)).path,
            deleteAction: Route.exercises(.action(env.language, .delete(scenario.id))).path, csrfToken: csrfToken,
            updated: t(.caseUpdated, ["date": t.day(stored.updatedAt)]))
    }
}
