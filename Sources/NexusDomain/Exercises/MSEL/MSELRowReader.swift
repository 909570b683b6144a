import Foundation

/// Reads one record of an events list, collecting its problems.
struct MSELRowReader {
    let record: CSVTable.Record
    let mapping: MSELMapping
    let scenario: Scenario
    let names: MSELImport.Names
    let references: ScenarioReferences
    var problems: [MSELProblem] = []

    init(record: CSVTable.Record, mapping: MSELMapping, scenario: Scenario, names: MSELImport.Names, references: ScenarioReferences) {
        self.record = record
        self.mapping = mapping
        self.scenario = scenario
        self.names = names
        self.references = references
    }

    /// The cell of `field`, trimmed, with a spreadsheet's formula guard taken off.
    func cell(_ field: MSELField) -> String {
        guard let column = mapping.columns[field], column < record.fields.count else { return "" }
        return CSVCell.imported(record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    mutating func report(_ field: MSELField, _ kind: MSELProblem.Kind) {
        problems.append(MSELProblem(line: record.line, field: field, kind))
    }

    /// A text of the original language, checked for its length.
    mutating func text(_ field: MSELField, path: String) -> TranslatableText {
        let value = cell(field)
        if value.isEmpty {
            if field.isRequired { report(field, .missing) }
            return TranslatableText()
        }
        let maximum = ScenarioValidation.maximumLength(at: path)
        if value.count > maximum { report(field, .tooLong(maximum: maximum)) }
        return TranslatableText(value, in: scenario.sourceLanguage)
    }

    mutating func row(defaultPhase: Int?) -> MSELImport.Row? {
        let phase = self.phase(defaultPhase)
        let time = cell(.time)
        let offset = MSELImport.minutes(time)
        if time.isEmpty {
            report(.time, .missing)
        } else if (offset ?? .max) > ScenarioValidation.maximumMinutes {
            report(.time, .unreadableTime(time))
        }
        let kind = self.kind()
        let actors = addressees()
        let path = "$.phases[0].injects[0]"
        let title = text(.title, path: path + ".title")
        let from = text(.from, path: path + ".from")
        let body = text(.text, path: path + ".text")
        guard let phase, let offset, problems.isEmpty else { return nil }
        return MSELImport.Row(
            line: record.line, phase: phase,
            inject: ScenarioInject(id: "", offsetMinutes: offset, kind: kind, addressedTo: actors, title: title, from: from, text: body))
    }

    /// The phase by number, identifier or title in the original language; `defaultPhase` without a column.
    private mutating func phase(_ defaultPhase: Int?) -> Int? {
        guard mapping.columns[.phase] != nil else { return defaultPhase }
        let value = cell(.phase)
        if value.isEmpty {
            if let defaultPhase { return defaultPhase }
            report(.phase, .missing)
            return nil
        }
        if let number = Int(value), scenario.phases.indices.contains(number - 1) { return number - 1 }
        let folded = value.lowercased()
        if let index = scenario.phases.firstIndex(where: {
            $0.id == value || $0.title[scenario.sourceLanguage]?.lowercased() == folded
        }) {
            return index
        }
        report(.phase, .unknownPhase(value))
        return nil
    }

    private mutating func kind() -> InjectKind {
        let value = cell(.kind)
        if value.isEmpty { return .message }
        if let kind = InjectKind(rawValue: value.lowercased()) ?? names.kinds[value.lowercased()] { return kind }
        report(.kind, .unknownKind(value))
        return .message
    }

    private mutating func addressees() -> [String] {
        var actors: [String] = []
        for part in cell(.addressedTo).split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "|" }) {
            let value = part.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            if references.actorTypes.contains(value.lowercased()) {
                actors.append(value.lowercased())
            } else if let slug = names.actors[value.lowercased()] {
                actors.append(slug)
            } else {
                report(.addressedTo, .unknownActor(value))
            }
        }
        return actors.reduce(into: []) { kept, slug in if !kept.contains(slug) { kept.append(slug) } }
    }
}
