/// Turns a text's field name (``Scenario/texts``: `phases.p2.injects.i3.text`, stable
/// across reordering, what translators' forms use) into its JSON path in the scenario as it
/// stands (`$.phases[1].injects[2].text`, what problems report).
public enum ScenarioFieldPath {
    /// The JSON path of `field` in `scenario`; `$` followed by the field when it names no part.
    public static func jsonPath(of field: String, in scenario: Scenario) -> String {
        let parts = field.split(separator: ".").map(String.init)
        switch parts.first {
        case "objectives" where parts.count >= 3:
            guard let o = scenario.objectives.firstIndex(where: { $0.id == parts[1] }) else { break }
            let base = "$.objectives[\(o)]"
            if parts[2] == "tasks", parts.count == 4 {
                return base + ".criticalTasks" + position(scenario.objectives[o].criticalTasks, parts[3]) + ".text"
            }
            return base + ".text"
        case "variables" where parts.count == 3:
            return "$.variables" + position(scenario.variables, parts[1]) + ".label"
        case "tailorings" where parts.count >= 3:
            let base = "$.tailorings" + position(scenario.tailorings, parts[1])
            return parts[2] == "values" && parts.count == 4 ? base + ".values.\(parts[3])" : base + ".name"
        case "phases" where parts.count >= 3:
            guard let p = scenario.phases.firstIndex(where: { $0.id == parts[1] }) else { break }
            return "$.phases[\(p)]" + phasePath(Array(parts.dropFirst(2)), in: scenario.phases[p])
        default:
            break
        }
        return "$." + field
    }

    /// `[2]`: where the part `id` is in `list`.
    private static func position<T: Identifiable>(_ list: [T], _ id: String) -> String where T.ID == String {
        list.firstIndex { $0.id == id }.map { "[\($0)]" } ?? "[?]"
    }

    private static func phasePath(_ parts: [String], in phase: ScenarioPhase) -> String {
        switch (parts.first, parts.count) {
        case ("injects", 3): return ".injects" + position(phase.injects, parts[1]) + "." + parts[2]
        case ("questions", 2): return ".questions" + position(phase.questions, parts[1]) + ".text"
        case ("polls", 2): return ".polls" + position(phase.polls, parts[1]) + ".question"
        case ("polls", 4):
            guard let v = phase.polls.firstIndex(where: { $0.id == parts[1] }) else { return ".polls[?]" }
            return ".polls[\(v)].options" + position(phase.polls[v].options, parts[3]) + ".text"
        case ("expected", 2): return ".expectedActions" + position(phase.expectedActions, parts[1]) + ".text"
        default: return "." + parts.joined(separator: ".")
        }
    }
}
