import Foundation
import NexusDomain

extension ScenarioFormValues {
    /// A list of rows the form can grow by, with the rows it sits in.
    enum List: Hashable, Sendable {
        case objectives, variables, tailorings, phases
        case tasks(objective: Int)
        case injects(phase: Int)
        case questions(phase: Int)
        case polls(phase: Int)
        case expected(phase: Int)
        case options(phase: Int, poll: Int)

        /// The list's JSON path: `phases[0].injects`.
        var path: String {
            switch self {
            case .objectives: "objectives"
            case .variables: "variables"
            case .tailorings: "tailorings"
            case .phases: "phases"
            case .tasks(let objective): "objectives[\(objective)].criticalTasks"
            case .injects(let phase): "phases[\(phase)].injects"
            case .questions(let phase): "phases[\(phase)].questions"
            case .polls(let phase): "phases[\(phase)].polls"
            case .expected(let phase): "phases[\(phase)].expectedActions"
            case .options(let phase, let poll): "phases[\(phase)].polls[\(poll)].options"
            }
        }

        /// The list a path names, or `nil`.
        init?(path: String) {
            let parts = path.split(separator: ".").map { part -> (String, Int?) in
                guard let open = part.firstIndex(of: "["), part.hasSuffix("]") else { return (String(part), nil) }
                return (String(part[..<open]), Int(part[part.index(after: open)..<part.index(before: part.endIndex)]))
            }
            switch parts.map(\.0) {
            case ["objectives"] where parts[0].1 == nil: self = .objectives
            case ["variables"] where parts[0].1 == nil: self = .variables
            case ["tailorings"] where parts[0].1 == nil: self = .tailorings
            case ["phases"] where parts[0].1 == nil: self = .phases
            case ["objectives", "criticalTasks"]:
                guard let objective = parts[0].1 else { return nil }
                self = .tasks(objective: objective)
            case ["phases", "injects"], ["phases", "questions"], ["phases", "polls"], ["phases", "expectedActions"]:
                guard let phase = parts[0].1, parts[1].1 == nil else { return nil }
                switch parts[1].0 {
                case "injects": self = .injects(phase: phase)
                case "questions": self = .questions(phase: phase)
                case "polls": self = .polls(phase: phase)
                default: self = .expected(phase: phase)
                }
            case ["phases", "polls", "options"]:
                guard let phase = parts[0].1, let poll = parts[1].1 else { return nil }
                self = .options(phase: phase, poll: poll)
            default: return nil
            }
        }

        /// The first part of the identifiers new rows get (`inject-4`).
        var prefix: String {
            switch self {
            case .objectives: "objective-"
            case .variables: "variable"
            case .tailorings: "country-"
            case .phases: "phase-"
            case .tasks: "task-"
            case .injects: "inject-"
            case .questions: "question-"
            case .polls: "poll-"
            case .expected: "action-"
            case .options: "option-"
            }
        }
    }

    /// The name of a field at a JSON path: `phases-0-injects-2-title`.
    static func name(_ path: String) -> String {
        path.replacingOccurrences(of: "$.", with: "").replacingOccurrences(of: "[", with: "-").replacingOccurrences(of: "]", with: "")
            .replacingOccurrences(of: ".", with: "-")
    }

    /// The identifiers of the parts, which are unique across the scenario.
    var partIDs: Set<String> {
        var ids = Set(objectives.map(\.id) + objectives.flatMap { $0.tasks.map(\.id) } + phases.map(\.id))
        for phase in phases {
            ids.formUnion(phase.injects.map(\.id) + phase.questions.map(\.id) + phase.polls.map(\.id) + phase.expected.map(\.id))
        }
        return ids
    }

    private func newID(_ list: List, among used: Set<String>) -> String {
        var number = 1
        while used.contains(list.prefix + String(number)) { number += 1 }
        return list.prefix + String(number)
    }

    /// Adds an empty row to `list`; a list inside a row that is not there is left alone.
    mutating func add(_ list: List) {
        let parts = partIDs
        switch list {
        case .objectives: objectives.append(ObjectiveRow(id: newID(list, among: parts)))
        case .variables: variables.append(VariableRow())
        case .tailorings:
            tailorings.append(
                TailoringRow(id: newID(list, among: Set(tailorings.map(\.id))), values: Array(repeating: "", count: variables.count)))
        case .phases: phases.append(PhaseRow(id: newID(list, among: parts)))
        case .tasks(let objective) where objectives.indices.contains(objective):
            objectives[objective].tasks.append(TextRow(id: newID(list, among: parts)))
        case .injects(let phase) where phases.indices.contains(phase):
            // Times count from the start of the exercise: ten minutes after the phase's last
            // inject, or when the phase begins after those before it.
            let start = phases[..<phase].reduce(0) { $0 + (Int($1.duration) ?? 0) }
            let last = phases[phase].injects.last.flatMap { Int($0.offset) }
            phases[phase].injects.append(InjectRow(id: newID(list, among: parts), offset: String(last.map { $0 + 10 } ?? start)))
        case .questions(let phase) where phases.indices.contains(phase):
            phases[phase].questions.append(TextRow(id: newID(list, among: parts)))
        case .polls(let phase) where phases.indices.contains(phase):
            let first = OptionRow(id: "option-1")
            let second = OptionRow(id: "option-2")
            phases[phase].polls.append(PollRow(id: newID(list, among: parts), options: [first, second]))
        case .expected(let phase) where phases.indices.contains(phase):
            phases[phase].expected.append(ExpectedRow(id: newID(list, among: parts)))
        case .options(let phase, let poll) where phases.indices.contains(phase) && phases[phase].polls.indices.contains(poll):
            let used = Set(phases[phase].polls[poll].options.map(\.id))
            phases[phase].polls[poll].options.append(OptionRow(id: newID(list, among: used)))
        default: break
        }
    }
}
