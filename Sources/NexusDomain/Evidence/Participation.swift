/// How many people of one stakeholder category, and optionally one country, took part
/// in a meeting. Counts carry no personal data and are public.
public struct ParticipationCount: Sendable, Hashable {
    /// The meeting's slug.
    public var meeting: String
    /// The kind of organisation they came from.
    public var category: StakeholderCategory
    /// Their country, ISO 3166-1 alpha-2, when the count is broken down by country.
    public var country: String?
    /// How many took part; never negative.
    public var count: Int

    /// What identifies the count: a meeting has one count per category and country.
    public var key: String { "\(meeting)|\(category.rawValue)|\(country ?? "")" }

    /// Creates a count.
    public init(meeting: String, category: StakeholderCategory, country: String? = nil, count: Int) {
        self.meeting = meeting
        self.category = category
        self.country = country
        self.count = count
    }
}

/// A participant recorded by name. Only people who consented are recorded, with the
/// date they did; names are personal data and never shown publicly.
public struct NamedParticipant: Sendable, Hashable, Identifiable {
    /// A random identifier.
    public var id: String
    /// The meeting's slug.
    public var meeting: String
    /// The name as the person gave it.
    public var name: String
    /// Their organisation, if they gave it.
    public var organisation: String
    /// The kind of organisation.
    public var category: StakeholderCategory?
    /// Their country, ISO 3166-1 alpha-2.
    public var country: String?
    /// The day they consented to being recorded, `YYYY-MM-DD`.
    public var consentDate: String

    /// Creates a participant record.
    public init(
        id: String, meeting: String, name: String, organisation: String = "", category: StakeholderCategory? = nil,
        country: String? = nil, consentDate: String
    ) {
        self.id = id
        self.meeting = meeting
        self.name = name
        self.organisation = organisation
        self.category = category
        self.country = country
        self.consentDate = consentDate
    }
}
