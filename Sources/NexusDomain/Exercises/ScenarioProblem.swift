/// What is wrong with one part of a scenario or of an exercise file, at its JSON path
/// (`$.scenario.phases[1].injects[0].offsetMinutes`). The web, the API and the importers
/// put it into words.
public struct ScenarioProblem: Error, Sendable, Hashable {
    /// Where: a JSON path from the scenario (`$.phases[0].title`), or from the file on import.
    public let path: String
    public let kind: Kind

    /// Creates a problem.
    public init(_ path: String, _ kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The kinds of problem.
    public enum Kind: Sendable, Hashable {
        /// A required field is empty.
        case missing
        /// Longer than allowed, in characters.
        case tooLong(maximum: Int)
        /// An identifier or variable name must be lower-case letters, digits and single hyphens.
        case invalidIdentifier(String)
        /// Two parts share an identifier.
        case duplicate(String)
        /// No published good practice has this slug.
        case unknownPractice(String)
        /// No actor type of the toolkit has this slug.
        case unknownActorType(String)
        /// No objective of the scenario has this identifier.
        case unknownObjective(String)
        /// A text names `{{name}}` but the scenario defines no such variable.
        case unknownVariable(String)
        /// A number outside what the field allows.
        case outOfRange(minimum: Int, maximum: Int)
        /// More parts than allowed.
        case tooMany(maximum: Int)
        /// A poll needs at least two options.
        case tooFewOptions
        /// A value that cannot be read as what the field holds: a date, a country code, a
        /// word of a vocabulary.
        case unreadable(String)
        /// A file, or a part of it, not shaped as the format says.
        case shape(Shape)
        /// A file of a format version this build does not know.
        case unsupportedVersion(Int)
    }

    /// How a file departs from the format's shape.
    public enum Shape: Sendable, Hashable {
        case notJSON
        case notObject
        case notList
        case unknownField
        case expectedText
        case expectedNumber
        case expectedBoolean
        case expectedObject
        /// Not the format this reader reads.
        case wrongFormat
    }
}
