/// Something wrong, or worth an editor's attention, in the toolkit content.
public struct ContentProblem: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The content cannot be loaded as it is (bad schema, broken reference).
        case error
        /// The content loads, but a reader would notice (a missing or stale translation).
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// What kind of problem it is, so that reports can count and group them.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case unreadable, schema, reference, duplicate, missingTranslation, staleTranslation
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What kind of problem it is.
    public var category: Category
    /// The file (relative to the content folder) or item the problem is about.
    public var location: String
    /// A sentence an editor can act on.
    public var message: String

    /// Creates a problem.
    public init(_ severity: Severity, _ category: Category, at location: String, _ message: String) {
        self.severity = severity
        self.category = category
        self.location = location
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(location): \(message)" }
}
