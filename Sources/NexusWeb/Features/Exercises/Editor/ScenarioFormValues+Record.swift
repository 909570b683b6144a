import Foundation
import NexusDomain

extension ScenarioFormValues {
    /// The scenario the form describes, on top of `base` (the stored scenario being
    /// edited): the form's texts replace the original language's, and translations are
    /// kept, marked stale where their original changed. Values that cannot be read — a
    /// number, a country code, a choice not on the list — are problems at their JSON path;
    /// ``ScenarioValidation`` finds the rest. Call it on ``withoutDroppedRows``, so that
    /// the paths match the rows the form shows.
    func converted(base: Scenario?) -> (record: Scenario, problems: [ScenarioProblem]) {
        var reader = FormReading(source: base?.sourceLanguage ?? sourceLanguage)
        let baseObjectives = FormReading.byID(base?.objectives)
        let baseVariables = FormReading.byID(base?.variables)
        let baseTailorings = FormReading.byID(base?.tailorings)
        let basePhases = FormReading.byID(base?.phases)
        let objectives = objectives.map { row in
            let old = baseObjectives[row.id]
            let tasks = FormReading.byID(old?.criticalTasks)
            return ScenarioObjective(
                id: row.id, text: reader.text(row.text, old?.text), practices: row.practices,
                criticalTasks: row.tasks.map { CriticalTask(id: $0.id, text: reader.text($0.text, tasks[$0.id]?.text)) })
        }
        let variables = variables.enumerated().map { v, row in
            let kind = reader.choice(row.kind, "$.variables[\(v)].kind", fallback: TailoringVariable.Kind.text)
            let offset = kind == .date ? reader.number(row.dayOffset.isEmpty ? "0" : row.dayOffset, "$.variables[\(v)].dayOffset") : nil
            return TailoringVariable(name: row.name, label: reader.text(row.label, baseVariables[row.name]?.label), kind: kind, dayOffset: offset)
        }
        let tailorings = tailorings.enumerated().map { t, row in
            let old = baseTailorings[row.id]
            var country: CountryCode?
            if !row.country.isEmpty {
                country = CountryCode(row.country.uppercased())
                if country == nil { reader.problems.append(ScenarioProblem("$.tailorings[\(t)].country", .unreadable(row.country))) }
            }
            var values: [String: TranslatableText] = [:]
            for (variable, value) in zip(variables, row.values) {
                let merged = reader.text(value, old?.values[variable.name])
                if !merged.isEmpty { values[variable.name] = merged }
            }
            return Tailoring(
                id: row.id, country: country, name: reader.text(row.name, old?.name),
                exerciseDay: row.exerciseDay.isEmpty ? nil : row.exerciseDay, values: values)
        }
        let phases = phases.enumerated().map { p, row in reader.phase(row, at: "$.phases[\(p)]", base: basePhases[row.id]) }
        let record = Scenario(
            id: ScenarioID(base?.id.rawValue ?? id), sourceLanguage: reader.source, title: reader.text(title, base?.title),
            purpose: reader.text(purpose, base?.purpose), audience: reader.text(audience, base?.audience),
            basis: reader.text(basis, base?.basis), durationMinutes: reader.number(duration, "$.durationMinutes"),
            caseID: caseID.isEmpty ? nil : CaseID(caseID), objectives: objectives, variables: variables, tailorings: tailorings,
            phases: phases)
        return (record, reader.problems)
    }
}

/// Reads the form's text into the scenario's values, collecting what cannot be read.
private struct FormReading {
    let source: Language
    var problems: [ScenarioProblem] = []

    static func byID<Part: Identifiable>(_ parts: [Part]?) -> [String: Part] where Part.ID == String {
        Dictionary((parts ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The stored text with the original language's version replaced.
    func text(_ value: String, _ field: TranslatableText?) -> TranslatableText {
        var text = field ?? TranslatableText()
        text.set(value, in: source, source: source)
        return text
    }

    /// A whole number; 0 and a problem when it is not one (validation then finds no more).
    mutating func number(_ value: String, _ path: String) -> Int {
        guard let number = Int(value) else {
            problems.append(ScenarioProblem(path, value.isEmpty ? .missing : .unreadable(value)))
            return 0
        }
        return number
    }

    mutating func choice<Value: RawRepresentable<String>>(_ value: String, _ path: String, fallback: Value) -> Value {
        guard let chosen = Value(rawValue: value) else {
            problems.append(ScenarioProblem(path, value.isEmpty ? .missing : .unreadable(value)))
            return fallback
        }
        return chosen
    }

    mutating func phase(_ row: ScenarioFormValues.PhaseRow, at path: String, base: ScenarioPhase?) -> ScenarioPhase {
        let injects = Self.byID(base?.injects)
        let questions = Self.byID(base?.questions)
        let polls = Self.byID(base?.polls)
        let expected = Self.byID(base?.expectedActions)
        return ScenarioPhase(
            id: row.id, title: text(row.title, base?.title), narrative: text(row.narrative, base?.narrative),
            durationMinutes: number(row.duration, path + ".durationMinutes"),
            injects: row.injects.enumerated().map { i, inject in
                let old = injects[inject.id]
                return ScenarioInject(
                    id: inject.id, offsetMinutes: number(inject.offset, path + ".injects[\(i)].offsetMinutes"),
                    kind: choice(inject.kind, path + ".injects[\(i)].kind", fallback: InjectKind.message), addressedTo: inject.addressedTo,
                    title: text(inject.title, old?.title), from: text(inject.from, old?.from), text: text(inject.text, old?.text))
            },
            questions: row.questions.map { DiscussionQuestion(id: $0.id, text: text($0.text, questions[$0.id]?.text)) },
            polls: row.polls.map { poll in
                let old = polls[poll.id]
                let options = Self.byID(old?.options)
                return ScenarioPoll(
                    id: poll.id, question: text(poll.question, old?.question), multipleChoice: poll.multipleChoice,
                    options: poll.options.map { PollOption(id: $0.id, text: text($0.text, options[$0.id]?.text), correct: $0.correct) })
            },
            expectedActions: row.expected.map {
                ExpectedAction(
                    id: $0.id, text: text($0.text, expected[$0.id]?.text), practices: $0.practices,
                    objective: $0.objective.isEmpty ? nil : $0.objective)
            })
    }
}
