import Foundation

/// What reading a STIX bundle gives: the cases its reports describe, the objects it
/// skipped and why — or, when the bundle cannot be read as a whole, every problem found.
/// Reading writes nothing; the application layer saves the cases, all or none.
public enum STIXImport {
    /// A case read from one report.
    public struct Imported: Sendable, Hashable {
        /// The case.
        public let record: NexusCase
        /// The report it was read from.
        public let report: String
        /// The report's `created` and `modified`, kept as the case's own moments.
        public let created: Date?
        public let modified: Date?
    }

    /// An object of the bundle that no case took.
    public struct Skipped: Sendable, Hashable, Codable {
        /// Its type and identifier.
        public let type: String
        public let id: String
        /// Why it was skipped.
        public let reason: Reason
    }

    /// Why an object was skipped.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The import does not read objects of this type (malware, indicator, opinion…).
        case unknownType = "unknown-type"
        /// An object of a type the import reads, which no report refers to.
        case outsideReports = "outside-reports"
        /// A relationship whose type is not one of the case vocabulary's, or that does not
        /// link two actors of one report.
        case unsupportedRelationship = "unsupported-relationship"
        /// A location that names neither a country code nor a toolkit region.
        case unreadableLocation = "unreadable-location"
    }

    /// What a bundle that can be read gives.
    public struct Outcome: Sendable, Hashable {
        /// One case per report, in the bundle's order.
        public let cases: [Imported]
        /// The objects no case took, in the bundle's order.
        public let skipped: [Skipped]
    }

    /// Why a bundle, or one report in it, cannot be imported.
    public struct Problem: Error, Sendable, Hashable {
        /// Where: an object's identifier, `objects[3]` for an object without a usable one,
        /// or nothing for the bundle as a whole.
        public let place: String?
        /// What is wrong.
        public let kind: Kind

        /// Creates a problem.
        public init(_ place: String?, _ kind: Kind) {
            self.place = place
            self.kind = kind
        }
    }

    /// The kinds of problem.
    public enum Kind: Sendable, Hashable {
        /// The body is JSON, but not a STIX bundle (an object of type `bundle` with an id
        /// and a list of objects).
        case notABundle
        /// An element of `objects` is not an object with a valid `type` and `id`.
        case invalidObject
        /// A reference names an object that is not in the bundle.
        case brokenReference(String)
        /// The bundle has no report, so no case.
        case noReports
        /// A report has neither our extension nor a `nexus-form:` label.
        case noForm
        /// A report has neither our extension nor a `nexus-stage:` label.
        case noStage
        /// A report is written in a language the toolkit does not publish.
        case unsupportedLanguage(String)
        /// A property holds a value the case model cannot take.
        case unreadableValue(property: String, value: String)
        /// Two reports describe the same case.
        case duplicateCase(CaseID)
        /// The case a report describes has a problem ``CaseValidation`` found.
        case invalidCase(CaseProblem)
    }
}
