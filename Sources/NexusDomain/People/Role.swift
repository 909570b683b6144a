/// What a user may do, granted by an administrator. Roles are data: one
/// authorisation layer reads them on every request (see ``Authorization``).
public enum Role: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    /// Users, roles, tokens and the audit log; everything an editor can do.
    case admin
    /// All toolkit content: drafts, history and publishing.
    case editor
    /// Regional consultation meetings, their participation and findings, and the
    /// meeting and region pages of the toolkit.
    case programmeOfficer = "programme-officer"
    /// Translations into the languages the user is granted.
    case translator
    /// Scenario exercises: designing, tailoring and translating them, and (a later feature) running them.
    case facilitator
    /// A country's confidential data, for the countries the user is granted (a later feature).
    case focalPoint = "focal-point"
    /// Reads what is not public.
    case viewer

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A person with an account.
public struct User: Sendable, Hashable, Identifiable {
    /// A random identifier, never reused.
    public let id: UserID
    /// The sign-in address, stored lower-case.
    public var email: String
    /// The name shown to others.
    public var name: String
    /// The language the interface uses once the user is signed in.
    public var preferredLanguage: Language
    /// The roles granted.
    public var roles: Set<Role>
    /// For translators: the languages they may translate into.
    public var languages: Set<Language>
    /// For focal points: the countries (ISO 3166 alpha-2) whose data they may see.
    public var countries: Set<String>
    /// Deactivated users cannot sign in or use tokens; they are never deleted, so the
    /// audit log keeps pointing at them.
    public var isActive: Bool

    /// Creates a user.
    public init(
        id: UserID, email: String, name: String, preferredLanguage: Language, roles: Set<Role>,
        languages: Set<Language> = [], countries: Set<String> = [], isActive: Bool = true
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.preferredLanguage = preferredLanguage
        self.roles = roles
        self.languages = languages
        self.countries = countries
        self.isActive = isActive
    }
}
