/// What is wrong with one field of an evidence record. The web and the command line
/// put it into words; imports add the line it was found on.
public struct EvidenceProblem: Error, Sendable, Hashable {
    /// The field, named as in the CSV layout and the forms (`region`, `text_fr`).
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
        /// The field is required and empty.
        case missing
        /// The value is longer than allowed, in characters.
        case tooLong(maximum: Int)
        /// The value is not one of the words the field takes.
        case notAChoice(value: String, choices: [String])
        /// No published region has this slug.
        case unknownRegion(String)
        /// No published meeting has this slug.
        case unknownMeeting(String)
        /// The meeting was held in another region than the one given.
        case meetingInOtherRegion(meeting: String, region: String)
        /// No published practice has this slug.
        case unknownPractice(String)
        /// Not an ISO 3166-1 alpha-2 code.
        case unknownCountry(String)
        /// An identifier must be lower-case letters, digits and single hyphens.
        case invalidIdentifier(String)
        /// A count must be a whole number from 0.
        case notACount(String)
        /// A date must be `YYYY-MM-DD`.
        case invalidDate(String)
        /// A participant can only be recorded by name with their consent and its date.
        case consentRequired
        /// The same record appears twice in one file.
        case duplicate(String)
        /// A text in at least one language is required.
        case noText
    }
}

/// What evidence records may point to: the regions, meetings and practices published now.
public struct EvidenceReferences: Sendable {
    /// Region slugs.
    public let regions: Set<String>
    /// The region of each meeting, by meeting slug.
    public let meetingRegions: [String: String]
    /// Practice slugs.
    public let practices: Set<String>

    /// The references a toolkit snapshot offers.
    public init(snapshot: ToolkitSnapshot) {
        regions = Set(snapshot.regions.map(\.info.slug))
        meetingRegions = Dictionary(uniqueKeysWithValues: snapshot.meetings.map { ($0.info.slug, $0.region.rawValue) })
        practices = Set(snapshot.practices.map(\.info.slug))
    }

    /// References given directly (tests).
    public init(regions: Set<String>, meetingRegions: [String: String], practices: Set<String>) {
        self.regions = regions
        self.meetingRegions = meetingRegions
        self.practices = practices
    }
}

/// Why a record or a file was refused: every problem found in it.
public struct Rejected<Problem: Sendable & Hashable>: Error, Sendable, Hashable {
    /// The problems, in the order found.
    public let problems: [Problem]

    /// Creates a refusal.
    public init(_ problems: [Problem]) {
        self.problems = problems
    }
}
