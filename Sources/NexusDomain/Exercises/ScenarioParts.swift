/// What the exercise sets out to test, tied to the good practices (and through them the
/// standards) it exercises, with the critical tasks an evaluator watches for.
public struct ScenarioObjective: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `o1`.
    public var id: String
    public var text: TranslatableText
    /// Good practices, by slug.
    public var practices: [String]
    public var criticalTasks: [CriticalTask]

    /// Creates an objective.
    public init(id: String, text: TranslatableText, practices: [String] = [], criticalTasks: [CriticalTask] = []) {
        self.id = id
        self.text = text
        self.practices = practices
        self.criticalTasks = criticalTasks
    }
}

/// Something a team must do for an objective to be met: what the evaluator looks for.
public struct CriticalTask: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `o1-t1`.
    public var id: String
    public var text: TranslatableText

    /// Creates a task.
    public init(id: String, text: TranslatableText) {
        self.id = id
        self.text = text
    }
}

/// One module of the exercise: the situation as it stands, then what happens and what is
/// asked of the players.
public struct ScenarioPhase: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `p1`.
    public var id: String
    public var title: TranslatableText
    /// The situation at the start of the phase, in Markdown.
    public var narrative: TranslatableText
    /// How long the phase is planned to run, in minutes.
    public var durationMinutes: Int
    public var injects: [ScenarioInject]
    public var questions: [DiscussionQuestion]
    public var polls: [ScenarioPoll]
    /// What a well-prepared team would do: for facilitators and evaluators only.
    public var expectedActions: [ExpectedAction]

    /// Creates a phase.
    public init(
        id: String, title: TranslatableText, narrative: TranslatableText = TranslatableText(), durationMinutes: Int = 45,
        injects: [ScenarioInject] = [], questions: [DiscussionQuestion] = [], polls: [ScenarioPoll] = [],
        expectedActions: [ExpectedAction] = []
    ) {
        self.id = id
        self.title = title
        self.narrative = narrative
        self.durationMinutes = durationMinutes
        self.injects = injects
        self.questions = questions
        self.polls = polls
        self.expectedActions = expectedActions
    }
}

/// A message that moves the scenario on — a news flash, an intelligence report, a
/// minister's request — delivered at an intended moment to all players or to one kind of
/// agency, as a line of a master scenario events list.
public struct ScenarioInject: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `i1`.
    public var id: String
    /// Minutes after the start of the exercise at which it is meant to be delivered.
    public var offsetMinutes: Int
    public var kind: InjectKind
    /// The toolkit actor types (`law-enforcement`, `judiciary` …) it is addressed to; empty for everyone.
    public var addressedTo: [String]
    public var title: TranslatableText
    /// Who it comes from, as the players see it: "Office of the Minister of the Interior".
    public var from: TranslatableText
    /// Its content, in Markdown.
    public var text: TranslatableText

    /// Creates an inject.
    public init(
        id: String, offsetMinutes: Int, kind: InjectKind, addressedTo: [String] = [], title: TranslatableText,
        from: TranslatableText = TranslatableText(), text: TranslatableText
    ) {
        self.id = id
        self.offsetMinutes = offsetMinutes
        self.kind = kind
        self.addressedTo = addressedTo
        self.title = title
        self.from = from
        self.text = text
    }
}

/// The kinds of inject.
public enum InjectKind: String, Sendable, Hashable, Codable, CaseIterable {
    case newsFlash = "news-flash"
    case intelligenceReport = "intelligence-report"
    case ministerialRequest = "ministerial-request"
    case document
    case image
    case message
}

/// A question put to the players for open discussion.
public struct DiscussionQuestion: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `q1`.
    public var id: String
    public var text: TranslatableText

    /// Creates a question.
    public init(id: String, text: TranslatableText) {
        self.id = id
        self.text = text
    }
}

/// A vote: single or multiple choice; with options marked correct, a knowledge check.
public struct ScenarioPoll: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `v1`.
    public var id: String
    public var question: TranslatableText
    /// Whether players may choose more than one option.
    public var multipleChoice: Bool
    public var options: [PollOption]

    /// Creates a poll.
    public init(id: String, question: TranslatableText, multipleChoice: Bool = false, options: [PollOption]) {
        self.id = id
        self.question = question
        self.multipleChoice = multipleChoice
        self.options = options
    }

    /// Whether it checks knowledge: some option is marked correct.
    public var isKnowledgeCheck: Bool { options.contains(where: \.correct) }
}

/// One answer a poll offers.
public struct PollOption: Sendable, Hashable, Codable, Identifiable {
    /// Unique in its poll: `a`, `b`.
    public var id: String
    public var text: TranslatableText
    /// For knowledge checks: whether this is a right answer.
    public var correct: Bool

    /// Creates an option.
    public init(id: String, text: TranslatableText, correct: Bool = false) {
        self.id = id
        self.text = text
        self.correct = correct
    }
}

/// What a well-prepared team would do at this point, linked to the practice it applies and
/// the objective it serves; shown to facilitators and evaluators, never to players.
public struct ExpectedAction: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `e1`.
    public var id: String
    public var text: TranslatableText
    /// Good practices, by slug.
    public var practices: [String]
    /// The objective it serves, by id.
    public var objective: String?

    /// Creates an expected action.
    public init(id: String, text: TranslatableText, practices: [String] = [], objective: String? = nil) {
        self.id = id
        self.text = text
        self.practices = practices
        self.objective = objective
    }
}
