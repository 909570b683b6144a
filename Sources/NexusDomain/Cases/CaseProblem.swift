/// What is wrong with one field of a case. The web, the API and the STIX import put it
/// into words.
public struct CaseProblem: Error, Sendable, Hashable {
    /// The field: `title`, `regions`, `actors.a1.alias`, `relationships.r2.source`.
    public let field: String
    /// What is wrong with it.
    public let kind: Kind

    /// Creates a problem.
    public init(_ field: String, _ kind: Kind) {
        self.field = field
        self.kind = kind
    }

    /// The kinds of problem.
    public enum Kind: Sendable, Hashable {
        /// A required field is empty.
        case missing
        /// Longer than allowed, in characters.
        case tooLong(maximum: Int)
        /// An identifier must be lower-case letters, digits and single hyphens.
        case invalidIdentifier(String)
        /// Two parts of the case share an identifier.
        case duplicate(String)
        /// No published region, practice or instrument has this slug.
        case unknownReference(String)
        /// A relationship or event names an actor or source the case does not have.
        case unknownPart(String)
        /// An actor related to itself.
        case selfRelation
        /// The end is before the start.
        case endBeforeStart
        /// A link must be an absolute `http(s)` address.
        case invalidURL(String)
        /// A published case needs at least one source.
        case noSources
        /// More actors than a network view can show readably.
        case tooMany(maximum: Int)
        /// A value that cannot be read as what the field holds: a date, a country code, a grade.
        case unreadable(String)
    }
}

/// A reason to look again before saving: not an error, but the person saving is asked to
/// confirm.
public struct CaseWarning: Sendable, Hashable {
    /// The field, named as in ``CaseProblem``.
    public let field: String
    /// The words that caused it.
    public let text: String

    /// Creates a warning.
    public init(field: String, text: String) {
        self.field = field
        self.text = text
    }
}

/// What a case may point to: the regions, practices and instruments published now.
public struct CaseReferences: Sendable {
    public let regions: Set<String>
    public let practices: Set<String>
    public let instruments: Set<String>

    /// The references a toolkit snapshot offers.
    public init(snapshot: ToolkitSnapshot) {
        regions = Set(snapshot.regions.map(\.info.slug))
        practices = Set(snapshot.practices.map(\.info.slug))
        instruments = Set(snapshot.instruments.map(\.info.slug))
    }

    /// References given directly (tests).
    public init(regions: Set<String>, practices: Set<String>, instruments: Set<String>) {
        self.regions = regions
        self.practices = practices
        self.instruments = instruments
    }
}
