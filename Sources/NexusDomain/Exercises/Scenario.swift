import Foundation

/// A scenario's identifier: a slug chosen when it is created, used in its address.
public typealias ScenarioID = Identifier<Scenario>

/// A scenario exercise as a facilitator designs it — in the manner of a discussion-based
/// (tabletop) exercise: objectives tied to good practices, with the critical tasks an
/// evaluator looks for; variables that tailor it to a country; and phases, each with a
/// situation, the injects that move it on, the questions and polls put to the players, and
/// the actions a well-prepared team would take, which only facilitators and evaluators see.
public struct Scenario: Sendable, Hashable, Codable, Identifiable {
    /// The slug.
    public var id: ScenarioID
    /// The language it was written in; the others translate it.
    public var sourceLanguage: Language
    public var title: TranslatableText
    /// Why the exercise is run and what it should leave behind, in Markdown.
    public var purpose: TranslatableText
    /// Who it is for: the agencies and levels that take part.
    public var audience: TranslatableText
    /// What the material rests on, in Markdown: whether it is invented or composite, and
    /// the sources of the facts it draws on, so that no one takes a training story for a record.
    public var basis: TranslatableText
    /// How long it runs, in minutes.
    public var durationMinutes: Int
    /// The case it is built on, whose actors, network and narrative are its starting material.
    public var caseID: CaseID?
    public var objectives: [ScenarioObjective]
    /// The values that change from one country to another, named in texts as `{{name}}`.
    public var variables: [TailoringVariable]
    /// The countries it has been tailored for, each giving every variable a value.
    public var tailorings: [Tailoring]
    /// The modules, in the order they are played.
    public var phases: [ScenarioPhase]

    /// Creates a scenario.
    public init(
        id: ScenarioID, sourceLanguage: Language = .source, title: TranslatableText, purpose: TranslatableText = TranslatableText(),
        audience: TranslatableText = TranslatableText(), basis: TranslatableText = TranslatableText(), durationMinutes: Int = 180,
        caseID: CaseID? = nil,
        objectives: [ScenarioObjective] = [], variables: [TailoringVariable] = [], tailorings: [Tailoring] = [],
        phases: [ScenarioPhase] = []
    ) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.title = title
        self.purpose = purpose
        self.audience = audience
        self.basis = basis
        self.durationMinutes = durationMinutes
        self.caseID = caseID
        self.objectives = objectives
        self.variables = variables
        self.tailorings = tailorings
        self.phases = phases
    }

    /// The tailoring `id`, if the scenario has it.
    public func tailoring(_ id: String) -> Tailoring? { tailorings.first { $0.id == id } }

    /// How many injects all its phases hold.
    public var injectCount: Int { phases.reduce(0) { $0 + $1.injects.count } }
}

/// A stored scenario with what the store knows about it.
public struct StoredScenario: Sendable, Hashable {
    /// The scenario.
    public let record: Scenario
    /// Counts saves from 1, so that a form saved against an older revision is refused.
    public let revision: Int
    /// When it was last saved, and by whom (an e-mail address or a fixed label).
    public let updatedAt: Date
    public let updatedBy: String
    /// When it was first saved.
    public let createdAt: Date

    /// Creates a stored scenario; without `createdAt`, it was created when last saved.
    public init(record: Scenario, revision: Int, updatedAt: Date, updatedBy: String, createdAt: Date? = nil) {
        self.record = record
        self.revision = revision
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.createdAt = createdAt ?? updatedAt
    }
}
