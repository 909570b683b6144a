/// The identifiers a scenario's parts already use — objectives, critical tasks, phases,
/// injects, questions, polls, expected actions share one space (see ``ScenarioValidation``)
/// — and new ones that none of them has, for parts added from elsewhere.
public struct ScenarioPartIDs: Sendable {
    private var used: Set<String>

    public init(_ scenario: Scenario) {
        used = Set(scenario.objectives.map(\.id) + scenario.objectives.flatMap { $0.criticalTasks.map(\.id) } + scenario.phases.map(\.id))
        for phase in scenario.phases {
            used.formUnion(
                phase.injects.map(\.id) + phase.questions.map(\.id) + phase.polls.map(\.id) + phase.expectedActions.map(\.id))
        }
    }

    /// `prefix-1`, `prefix-2`, …: the first not yet used, which is then taken.
    public mutating func fresh(_ prefix: String) -> String {
        var number = 1
        while used.contains("\(prefix)-\(number)") { number += 1 }
        let id = "\(prefix)-\(number)"
        used.insert(id)
        return id
    }
}
