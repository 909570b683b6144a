import Foundation

/// Reading an events list (MSEL) saved from a spreadsheet as CSV into a scenario's
/// injects. Every row is checked before anything is added: a file with any problem
/// yields its problems, each with its line, and no injects. Texts are in the scenario's
/// original language.
public enum MSELImport {
    /// The most rows one import takes.
    public static let maximumRecords = 500

    /// Why an events list was not read; nothing was added.
    public struct Rejected: Error, Sendable, Hashable {
        /// Every problem, in line order.
        public let problems: [MSELProblem]
    }

    /// One row read: the phase it goes to (by position) and its inject, not yet numbered.
    public struct Row: Sendable, Hashable {
        public let line: Int
        public let phase: Int
        public let inject: ScenarioInject
    }

    /// What names a kind or an actor type in a cell, besides its identifier: the names in
    /// the four languages, lower-cased (the web layer knows them).
    public struct Names: Sendable {
        public let kinds: [String: InjectKind]
        public let actors: [String: String]

        public init(kinds: [String: InjectKind], actors: [String: String]) {
            self.kinds = kinds
            self.actors = actors
        }
    }

    /// The table of `text`, or the problem that makes it no events list.
    public static func table(_ text: String) -> Result<CSVTable, Rejected> {
        let table: CSVTable
        do {
            table = try CSVTable.parse(text)
        } catch {
            return .failure(Rejected(problems: [MSELProblem(line: 1, field: nil, .notCSV(error))]))
        }
        if table.records.isEmpty { return .failure(Rejected(problems: [MSELProblem(line: 1, field: nil, .noRecords)])) }
        if table.records.count > maximumRecords {
            return .failure(Rejected(problems: [MSELProblem(line: 1, field: nil, .tooManyRecords(maximum: maximumRecords))]))
        }
        return .success(table)
    }

    /// The rows of `table` as injects for `scenario`; rows without a phase column go to
    /// phase `defaultPhase` (0-based).
    public static func read(
        _ table: CSVTable, mapping: MSELMapping, into scenario: Scenario, defaultPhase: Int?, names: Names,
        references: ScenarioReferences
    ) -> Result<[Row], Rejected> {
        var problems: [MSELProblem] = []
        for field in MSELField.allCases where mapping.columns[field] == nil {
            if field.isRequired || (field == .phase && defaultPhase.map { !scenario.phases.indices.contains($0) } ?? true) {
                problems.append(MSELProblem(line: 1, field: field, .unmapped))
            }
        }
        let mapped = MSELField.allCases.filter { mapping.columns[$0] != nil }
        for (index, field) in mapped.enumerated() where mapped[..<index].contains(where: { mapping.columns[$0] == mapping.columns[field] }) {
            problems.append(MSELProblem(line: 1, field: field, .sameColumn))
        }
        if !problems.isEmpty { return .failure(Rejected(problems: problems)) }
        var rows: [Row] = []
        for record in table.records {
            var reader = MSELRowReader(record: record, mapping: mapping, scenario: scenario, names: names, references: references)
            if let row = reader.row(defaultPhase: defaultPhase) { rows.append(row) }
            problems += reader.problems
        }
        for (phase, count) in Dictionary(grouping: rows, by: \.phase).mapValues(\.count)
        where scenario.phases[phase].injects.count + count > ScenarioValidation.maximumPerPhase {
            let line = rows.last { $0.phase == phase }?.line ?? 1
            problems.append(MSELProblem(line: line, field: .phase, .tooManyInjects(maximum: ScenarioValidation.maximumPerPhase)))
        }
        return problems.isEmpty ? .success(rows) : .failure(Rejected(problems: problems.sorted { $0.line < $1.line }))
    }

    /// `scenario` with `rows` added to their phases, each phase's injects in time order
    /// (those already there first at equal times), with identifiers unique in the scenario.
    public static func applying(_ rows: [Row], to scenario: Scenario) -> Scenario {
        var scenario = scenario
        var ids = ScenarioPartIDs(scenario)
        for row in rows {
            var inject = row.inject
            inject.id = ids.fresh("inject")
            scenario.phases[row.phase].injects.append(inject)
        }
        for index in scenario.phases.indices {
            let injects = scenario.phases[index].injects.enumerated().sorted {
                ($0.element.offsetMinutes, $0.offset) < ($1.element.offsetMinutes, $1.offset)
            }
            scenario.phases[index].injects = injects.map(\.element)
        }
        return scenario
    }

    /// The minutes a time cell gives: `25`, `0:25`, `T+0:25`, `T+25`.
    public static func minutes(_ cell: String) -> Int? {
        var text = cell.trimmingCharacters(in: .whitespaces).uppercased()
        if text.hasPrefix("T+") { text.removeFirst(2) }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return Int(parts[0]).flatMap { $0 >= 0 ? $0 : nil }
        case 2:
            guard let hours = Int(parts[0]), let minutes = Int(parts[1]), hours >= 0, (0..<60).contains(minutes), parts[1].count == 2
            else { return nil }
            return hours * 60 + minutes
        default:
            return nil
        }
    }
}
