/// What a scenario may point to: the toolkit's published practices and its actor types.
public struct ScenarioReferences: Sendable {
    public let practices: Set<String>
    public let actorTypes: Set<String>

    /// The references a toolkit snapshot offers.
    public init(snapshot: ToolkitSnapshot) {
        practices = Set(snapshot.practices.map(\.info.slug))
        actorTypes = Set(snapshot.actors.map(\.info.slug))
    }

    /// References given directly (tests).
    public init(practices: Set<String>, actorTypes: Set<String>) {
        self.practices = practices
        self.actorTypes = actorTypes
    }
}

/// The rules a scenario must meet to be saved, imported or exported. Every problem is
/// reported, each at its JSON path. Values missing from a tailoring are not among them: a
/// scenario is designed in steps, and ``ScenarioTailor/missingValues(_:)`` says what is
/// left before the exercise.
public enum ScenarioValidation {
    public static let maximumTitle = 200
    public static let maximumShortText = 1000
    public static let maximumNarrative = 20_000
    public static let maximumPhases = 20
    /// The most injects, questions, polls or expected actions one phase holds.
    public static let maximumPerPhase = 100
    public static let maximumObjectives = 30
    public static let maximumVariables = 60
    public static let maximumTailorings = 50
    public static let maximumOptions = 12
    /// An exercise runs for at most three days, in minutes.
    public static let maximumMinutes = 3 * 24 * 60
    /// Words the scenario pages' addresses use after `/scenarios/`.
    public static let reservedIdentifiers: Set<String> = ["new", "import", "library", "msel"]

    /// Every problem with `scenario`.
    public static func problems(with scenario: Scenario, references: ScenarioReferences) -> [ScenarioProblem] {
        var check = Checker(references: references)
        check.run(scenario)
        return check.problems
    }

    /// The longest text the field at a JSON path (`$.phases[0].injects[1].text`) takes, per
    /// language: read from the path, whose last name is always a property, never an identifier.
    static func maximumLength(at path: String) -> Int {
        if path.contains(".values.") { return maximumShortText }
        let property = path.split(separator: ".").last.map(String.init) ?? path
        switch property {
        case "title", "name", "label": return maximumTitle
        case "purpose", "basis", "narrative": return maximumNarrative
        case "text" where path.contains(".injects["): return maximumNarrative
        default: return maximumShortText
        }
    }

    private struct Checker {
        let references: ScenarioReferences
        var problems: [ScenarioProblem] = []
        var identifiers: Set<String> = []

        mutating func report(_ path: String, _ kind: ScenarioProblem.Kind) { problems.append(ScenarioProblem(path, kind)) }

        mutating func run(_ scenario: Scenario) {
            let id = scenario.id.rawValue
            if !id.isValidSlug || ScenarioValidation.reservedIdentifiers.contains(id) { report("$.id", .invalidIdentifier(id)) }
            if scenario.title[scenario.sourceLanguage] == nil { report("$.title", .missing) }
            range("$.durationMinutes", scenario.durationMinutes, 1, maximumMinutes)
            count("$.objectives", scenario.objectives.count, maximumObjectives)
            count("$.variables", scenario.variables.count, maximumVariables)
            count("$.tailorings", scenario.tailorings.count, maximumTailorings)
            count("$.phases", scenario.phases.count, maximumPhases)
            texts(scenario)
            let objectives = Set(scenario.objectives.map(\.id))
            for (o, objective) in scenario.objectives.enumerated() {
                let path = "$.objectives[\(o)]"
                part(path + ".id", objective.id)
                if objective.text.isEmpty { report(path + ".text", .missing) }
                practices(path + ".practices", objective.practices)
                for (t, task) in objective.criticalTasks.enumerated() {
                    part(path + ".criticalTasks[\(t)].id", task.id)
                    if task.text.isEmpty { report(path + ".criticalTasks[\(t)].text", .missing) }
                }
            }
            var names = Set<String>()
            for (v, variable) in scenario.variables.enumerated() {
                let path = "$.variables[\(v)]"
                if !ScenarioTailor.isVariableName(variable.name) { report(path + ".name", .invalidIdentifier(variable.name)) }
                if !names.insert(variable.name).inserted { report(path + ".name", .duplicate(variable.name)) }
                if variable.label.isEmpty { report(path + ".label", .missing) }
                if let offset = variable.dayOffset { range(path + ".dayOffset", offset, -3650, 3650) }
            }
            var tailorings = Set<String>()
            for (t, tailoring) in scenario.tailorings.enumerated() {
                let path = "$.tailorings[\(t)]"
                if !tailoring.id.isValidSlug { report(path + ".id", .invalidIdentifier(tailoring.id)) }
                if !tailorings.insert(tailoring.id).inserted { report(path + ".id", .duplicate(tailoring.id)) }
                if tailoring.name.isEmpty { report(path + ".name", .missing) }
                if let day = tailoring.exerciseDay, CalendarDay(day) == nil { report(path + ".exerciseDay", .unreadable(day)) }
                for key in tailoring.values.keys.sorted() where !names.contains(key) {
                    report(path + ".values.\(key)", .unknownVariable(key))
                }
            }
            for (p, phase) in scenario.phases.enumerated() { self.phase(phase, at: "$.phases[\(p)]", objectives: objectives) }
        }

        mutating func phase(_ phase: ScenarioPhase, at path: String, objectives: Set<String>) {
            part(path + ".id", phase.id)
            if phase.title.isEmpty { report(path + ".title", .missing) }
            range(path + ".durationMinutes", phase.durationMinutes, 1, maximumMinutes)
            for (list, size) in [
                ("injects", phase.injects.count), ("questions", phase.questions.count), ("polls", phase.polls.count),
                ("expectedActions", phase.expectedActions.count),
            ] {
                count(path + "." + list, size, maximumPerPhase)
            }
            for (i, inject) in phase.injects.enumerated() {
                let at = path + ".injects[\(i)]"
                part(at + ".id", inject.id)
                range(at + ".offsetMinutes", inject.offsetMinutes, 0, maximumMinutes)
                if inject.title.isEmpty { report(at + ".title", .missing) }
                if inject.text.isEmpty { report(at + ".text", .missing) }
                for actor in inject.addressedTo where !references.actorTypes.contains(actor) {
                    report(at + ".addressedTo", .unknownActorType(actor))
                }
            }
            for (q, question) in phase.questions.enumerated() {
                part(path + ".questions[\(q)].id", question.id)
                if question.text.isEmpty { report(path + ".questions[\(q)].text", .missing) }
            }
            for (v, poll) in phase.polls.enumerated() {
                let at = path + ".polls[\(v)]"
                part(at + ".id", poll.id)
                if poll.question.isEmpty { report(at + ".question", .missing) }
                if poll.options.count < 2 { report(at + ".options", .tooFewOptions) }
                count(at + ".options", poll.options.count, maximumOptions)
                var seen = Set<String>()
                for (a, option) in poll.options.enumerated() {
                    if !option.id.isValidSlug { report(at + ".options[\(a)].id", .invalidIdentifier(option.id)) }
                    if !seen.insert(option.id).inserted { report(at + ".options[\(a)].id", .duplicate(option.id)) }
                    if option.text.isEmpty { report(at + ".options[\(a)].text", .missing) }
                }
            }
            for (e, action) in phase.expectedActions.enumerated() {
                let at = path + ".expectedActions[\(e)]"
                part(at + ".id", action.id)
                if action.text.isEmpty { report(at + ".text", .missing) }
                practices(at + ".practices", action.practices)
                if let objective = action.objective, !objectives.contains(objective) {
                    report(at + ".objective", .unknownObjective(objective))
                }
            }
        }

        /// An identifier of a part: a slug, unique across the whole scenario, so that a live
        /// session can name an inject or a task by it alone.
        mutating func part(_ path: String, _ id: String) {
            if !id.isValidSlug { report(path, .invalidIdentifier(id)) }
            if !identifiers.insert(id).inserted { report(path, .duplicate(id)) }
        }

        mutating func practices(_ path: String, _ slugs: [String]) {
            for slug in slugs where !references.practices.contains(slug) { report(path, .unknownPractice(slug)) }
        }

        mutating func range(_ path: String, _ value: Int, _ minimum: Int, _ maximum: Int) {
            if value < minimum || value > maximum { report(path, .outOfRange(minimum: minimum, maximum: maximum)) }
        }

        mutating func count(_ path: String, _ size: Int, _ maximum: Int) {
            if size > maximum { report(path, .tooMany(maximum: maximum)) }
        }

        /// Lengths and placeholders of every text, in every language.
        mutating func texts(_ scenario: Scenario) {
            let variables = Set(scenario.variables.map(\.name))
            for (field, text) in scenario.texts {
                let path = ScenarioFieldPath.jsonPath(of: field, in: scenario)
                let maximum = ScenarioValidation.maximumLength(at: path)
                if text.versions.values.contains(where: { $0.text.count > maximum }) { report(path, .tooLong(maximum: maximum)) }
                let used = Set(text.versions.values.flatMap { ScenarioTailor.placeholders(in: $0.text) })
                for name in used.sorted() where !variables.contains(name) { report(path, .unknownVariable(name)) }
            }
        }
    }
}
