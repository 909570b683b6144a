import Foundation
import NexusDomain
import NexusLocalization

/// The words a scenario's parts are shown in: kinds, times, addressees, practices.
struct ScenarioLabels {
    let scenario: Scenario
    let text: TailoredText
    let env: PageEnvironment

    var t: Localizer { env.t }

    static func kind(_ kind: InjectKind) -> UIKey {
        switch kind {
        case .newsFlash: .injectKindNewsFlash
        case .intelligenceReport: .injectKindIntelligenceReport
        case .ministerialRequest: .injectKindMinisterialRequest
        case .document: .injectKindDocument
        case .image: .injectKindImage
        case .message: .injectKindMessage
        }
    }

    func kind(_ kind: InjectKind) -> String { t(Self.kind(kind)) }

    /// "T+1:05": hours and minutes after the start, as an events list writes them.
    func offset(_ minutes: Int) -> String { String(format: "T+%d:%02d", minutes / 60, minutes % 60) }

    /// "90 minutes".
    func minutes(_ minutes: Int) -> String { t(.scenarioMinutes, ["count": t.number(minutes)]) }

    /// "Everyone", or the actor types' names.
    func addressees(_ slugs: [String]) -> String {
        guard !slugs.isEmpty else { return t(.injectToEveryone) }
        return slugs.map { slug in env.snapshot.actor(slug: slug).map { env.text($0.info).text.title } ?? slug }
            .joined(separator: ", ")
    }

    /// "Good practices: 1. …, 23. …", or `nil` without practices.
    func practices(_ slugs: [String]) -> String? {
        let labels = slugs.compactMap { env.snapshot.practice(slug: $0) }.map(env.fullLabel(of:))
        return labels.isEmpty ? nil : t(.scenarioPractices, ["practices": labels.joined(separator: "; ")])
    }

    /// "Phase 2: The ransom demand".
    func heading(of phase: ScenarioPhase, at index: Int) -> String {
        t(.scenarioPhaseNumber, ["number": t.number(index + 1), "title": text.plain(phase.title)])
    }

    /// The objectives, numbered, with their critical tasks for those who may see them.
    func objectives(withTasks: Bool) -> [ScenarioManualPage.Objective] {
        scenario.objectives.enumerated().map { index, objective in
            ScenarioManualPage.Objective(
                number: t.number(index + 1), html: text.html(objective.text), practices: practices(objective.practices),
                tasks: withTasks ? objective.criticalTasks.map { text.plain($0.text) } : [])
        }
    }

    func inject(_ inject: ScenarioInject) -> ScenarioManualPage.Inject {
        ScenarioManualPage.Inject(
            time: offset(inject.offsetMinutes), kind: kind(inject.kind), to: addressees(inject.addressedTo),
            title: text.plain(inject.title), from: inject.from.isEmpty ? nil : text.plain(inject.from), html: text.html(inject.text))
    }

    func poll(_ poll: ScenarioPoll) -> ScenarioManualPage.Poll {
        ScenarioManualPage.Poll(
            question: text.plain(poll.question),
            kind: t(poll.isKnowledgeCheck ? .pollKnowledgeCheck : (poll.multipleChoice ? .pollMultipleChoice : .pollSingleChoice)),
            options: poll.options.map { .init(text: text.plain($0.text), isCorrect: $0.correct) })
    }

    func expected(_ action: ExpectedAction) -> ScenarioManualPage.Expected {
        let objective = action.objective.flatMap { id in scenario.objectives.firstIndex { $0.id == id } }
            .map { t(.scenarioForObjective, ["number": t.number($0 + 1)]) }
        let notes = [objective, practices(action.practices)].compactMap { $0 }
        return .init(html: text.html(action.text), notes: notes.isEmpty ? nil : notes.joined(separator: " · "))
    }
}
