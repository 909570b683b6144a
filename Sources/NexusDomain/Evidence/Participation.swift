/// How many people of one stakeholder category, and optionally one country, took part
/// in a meeting. Counts carry no personal data and are public.
public struct ParticipationCount: Sendable, Hashable {
    /// The meeting.
    public var meeting: MeetingID
    /// The kind of organisation they came from.
    public var category: StakeholderCategory
    /// Their country, when the count is broken down by country.
    public var country: CountryCode?
    /// How many took part; never negative.
    public var count: Int

    /// What identifies the count: a meeting has one count per category and country.
    public var key: String { "\(meeting)|\(category.rawValue)|\(country?.rawValue ?? "")" }

    /// Creates a count.
    public init(meeting: MeetingID, category: StakeholderCategory, country: CountryCode? = nil, count: Int) {
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
    public var id: ParticipantID
    /// The meeting.
    public var meeting: MeetingID
    /// The name as the person gave it.
    public var name: String
    /// Their organisation, if they gave it.
    public var organisation: String
    /// The kind of organisation.
    public var category: StakeholderCategory?
    /// Their country.
    public var country: CountryCode?
    /// The day they consented to being recorded, `YYYY-MM-DD`.
    public var consentDate: String

    /// Creates a participant record.
    public init(
        id: ParticipantID, meeting: MeetingID, name: String, organisation: String = "", category: StakeholderCategory? = nil,
        country: CountryCode? = nil, consentDate: String
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
