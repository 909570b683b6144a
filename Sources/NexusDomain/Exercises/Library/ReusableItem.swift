import Foundation

/// Identifies a piece of reusable exercise material.
public typealias ReusableItemID = Identifier<ReusableItem>

/// Exercise material kept for reuse in other scenarios: one inject, or a phase's set of
/// discussion questions, with its texts in every language it has. It goes into a scenario
/// written in the same original language, so that its translations stay translations of
/// the text beside them.
public struct ReusableItem: Sendable, Hashable, Codable, Identifiable {
    /// What the item holds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case inject
        case questions = "question-set"
    }

    public var id: ReusableItemID
    public var sourceLanguage: Language
    /// The inject's headline, or the title of the phase the questions came from.
    public var title: TranslatableText
    /// The inject, its time set where it is put.
    public var inject: ScenarioInject?
    /// The questions of a question set.
    public var questions: [DiscussionQuestion]
    /// The scenario it was kept from.
    public var origin: ScenarioID

    public var kind: Kind { inject == nil ? .questions : .inject }

    public init(
        id: ReusableItemID, sourceLanguage: Language, title: TranslatableText, inject: ScenarioInject? = nil,
        questions: [DiscussionQuestion] = [], origin: ScenarioID
    ) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.title = title
        self.inject = inject
        self.questions = questions
        self.origin = origin
    }

    /// The inject `injectID` of `scenario`, kept under an identifier naming both.
    public static func inject(_ injectID: String, of scenario: Scenario) -> ReusableItem? {
        guard let inject = scenario.phases.lazy.flatMap(\.injects).first(where: { $0.id == injectID }) else { return nil }
        return ReusableItem(
            id: ReusableItemID("\(scenario.id)-\(inject.id)"), sourceLanguage: scenario.sourceLanguage, title: inject.title,
            inject: inject, origin: scenario.id)
    }

    /// The discussion questions of phase `phaseID` of `scenario`, as one set.
    public static func questions(of phaseID: String, in scenario: Scenario) -> ReusableItem? {
        guard let phase = scenario.phases.first(where: { $0.id == phaseID }), !phase.questions.isEmpty else { return nil }
        return ReusableItem(
            id: ReusableItemID("\(scenario.id)-\(phase.id)-questions"), sourceLanguage: scenario.sourceLanguage, title: phase.title,
            questions: phase.questions, origin: scenario.id)
    }

    /// Every text of the item in every language, folded for search.
    public var searchText: String {
        let texts = [title] + (inject.map { [$0.title, $0.from, $0.text] } ?? []) + questions.map(\.text)
        return TextFolding.fold(texts.flatMap { $0.versions.values.map(\.text) }.joined(separator: "\n"))
    }

    /// `scenario` with the item added to phase `phase` (0-based) under identifiers unique
    /// in the scenario; an inject comes ten minutes after the phase's last one, or when the
    /// phase begins. `nil` when the languages differ or there is no such phase.
    public func inserted(into scenario: Scenario, phase: Int) -> Scenario? {
        guard scenario.sourceLanguage == sourceLanguage, scenario.phases.indices.contains(phase) else { return nil }
        var scenario = scenario
        var ids = ScenarioPartIDs(scenario)
        if var inject {
            inject.id = ids.fresh("inject")
            let start = scenario.phases[..<phase].reduce(0) { $0 + $1.durationMinutes }
            inject.offsetMinutes = scenario.phases[phase].injects.map(\.offsetMinutes).max().map { $0 + 10 } ?? start
            scenario.phases[phase].injects.append(inject)
        }
        for var question in questions {
            question.id = ids.fresh("question")
            scenario.phases[phase].questions.append(question)
        }
        return scenario
    }
}
