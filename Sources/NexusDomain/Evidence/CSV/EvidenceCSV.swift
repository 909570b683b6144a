/// One problem in an imported file: where (line and column) and what.
public struct CSVProblem: Sendable, Hashable {
    /// The 1-based line of the file; 1 is the header.
    public let line: Int
    /// The column's name, or `nil` for a problem with the whole line or file.
    public let column: String?
    /// What is wrong.
    public let kind: Kind

    /// The kinds of problem a file can have.
    public enum Kind: Sendable, Hashable {
        /// A field's problem.
        case field(EvidenceProblem.Kind)
        /// The file is not CSV.
        case notCSV(CSVTable.ParseError)
        /// A column the layout requires is missing from the header.
        case missingColumn
        /// The header names a column the layout does not have.
        case unknownColumn
        /// The file has no records after its header.
        case noRecords
        /// The file has more records than one import takes.
        case tooManyRecords(maximum: Int)
    }

    /// Creates a problem.
    public init(line: Int, column: String?, _ kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }
}

/// Reading and writing the evidence CSV layouts (documented in `docs/EVIDENCE.md`).
/// An import checks every record before anything is stored: a file with any problem
/// yields the problems and no records.
public enum EvidenceCSV {
    /// The most records one file may hold.
    public static let maximumRecords = 20_000

    /// The findings in `text`, or every problem in it. An id may appear once.
    public static func findings(
        in text: String, references: EvidenceReferences, newID: () -> String
    ) -> Result<[Finding], Rejected<CSVProblem>> {
        decode(text, columns: FindingFields.columns, required: FindingFields.requiredColumns, key: (\.id.rawValue, "id")) {
            FindingFields.finding(from: $0, references: references, newID: newID)
        }
    }

    /// The participation counts in `text`, or every problem in it. A meeting, category and
    /// country may appear once.
    public static func participation(
        in text: String, references: EvidenceReferences
    ) -> Result<[ParticipationCount], Rejected<CSVProblem>> {
        decode(
            text, columns: ParticipationFields.columns, required: ParticipationFields.requiredColumns,
            key: (\.key, "category")
        ) { ParticipationFields.count(from: $0, references: references) }
    }

    /// Reads every record of `text` with `record`, and refuses a record whose `key` an
    /// earlier one had, naming the key's column.
    private static func decode<Record>(
        _ text: String, columns: [String], required: Set<String>, key: (path: KeyPath<Record, String>, column: String),
        _ record: ([String: String]) -> Result<Record, Rejected<EvidenceProblem>>
    ) -> Result<[Record], Rejected<CSVProblem>> {
        let table: [(line: Int, values: [String: String])]
        switch records(text, columns: columns, required: required) {
        case .failure(let rejected): return .failure(rejected)
        case .success(let records): table = records
        }
        var decoded: [Record] = []
        var problems: [CSVProblem] = []
        var firstLine: [String: Int] = [:]
        for (line, values) in table {
            switch record(values) {
            case .success(let item):
                let id = item[keyPath: key.path]
                if let first = firstLine[id] {
                    problems.append(CSVProblem(line: line, column: key.column, .field(.duplicate("\(first)"))))
                } else {
                    firstLine[id] = line
                }
                decoded.append(item)
            case .failure(let rejected):
                problems += rejected.problems.map { CSVProblem(line: line, column: $0.field, .field($0.kind)) }
            }
        }
        return problems.isEmpty ? .success(decoded) : .failure(Rejected(problems))
    }

    /// Findings in the findings layout.
    public static func write(_ findings: [Finding]) -> String {
        CSVWriter.write(columns: FindingFields.columns, rows: findings.map(FindingFields.values))
    }

    /// Participation counts in the participation layout.
    public static func write(_ counts: [ParticipationCount]) -> String {
        CSVWriter.write(columns: ParticipationFields.columns, rows: counts.map(ParticipationFields.values))
    }

    private static func records(
        _ text: String, columns: [String], required: Set<String>
    ) -> Result<[(line: Int, values: [String: String])], Rejected<CSVProblem>> {
        let table: CSVTable
        do {
            table = try CSVTable.parse(text)
        } catch {
            let line =
                switch error {
                case .empty: 1
                case .unterminatedQuote(let line), .strayQuote(let line): line
                }
            return .failure(Rejected([CSVProblem(line: line, column: nil, .notCSV(error))]))
        }
        var problems: [CSVProblem] = []
        let header = table.header.map { $0.lowercased() }
        for column in columns where required.contains(column) && !header.contains(column) {
            problems.append(CSVProblem(line: 1, column: column, .missingColumn))
        }
        for column in header where !columns.contains(column) {
            problems.append(CSVProblem(line: 1, column: column, .unknownColumn))
        }
        if table.records.isEmpty { problems.append(CSVProblem(line: 2, column: nil, .noRecords)) }
        if table.records.count > maximumRecords {
            problems.append(CSVProblem(line: table.records[maximumRecords].line, column: nil, .tooManyRecords(maximum: maximumRecords)))
        }
        guard problems.isEmpty else { return .failure(Rejected(problems)) }
        let lowered = CSVTable(header: header, records: table.records)
        return .success(lowered.dictionaries())
    }
}
