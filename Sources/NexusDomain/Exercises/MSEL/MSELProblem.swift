/// One problem in an events list: the line of the file (1 is the header), the part of the
/// inject, and what is wrong.
public struct MSELProblem: Sendable, Hashable {
    public let line: Int
    public let field: MSELField?
    public let kind: Kind

    public enum Kind: Sendable, Hashable {
        /// The text is not CSV.
        case notCSV(CSVTable.ParseError)
        /// Nothing after the header.
        case noRecords
        /// More rows than one import takes.
        case tooManyRecords(maximum: Int)
        /// A part every row needs has no column; or the phase, when no phase is chosen for all rows.
        case unmapped
        /// Two parts are mapped to one column.
        case sameColumn
        /// A part every row needs is empty in this row.
        case missing
        /// Not a time after the exercise's start.
        case unreadableTime(String)
        /// No phase has this number, identifier or title.
        case unknownPhase(String)
        /// Not a kind of inject.
        case unknownKind(String)
        /// Not an actor type of the toolkit.
        case unknownActor(String)
        /// Longer than the field takes.
        case tooLong(maximum: Int)
        /// The phase would have more injects than a phase takes.
        case tooManyInjects(maximum: Int)
    }

    public init(line: Int, field: MSELField?, _ kind: Kind) {
        self.line = line
        self.field = field
        self.kind = kind
    }
}
