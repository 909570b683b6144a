/// A region of the world the consultations and the evidence are grouped by.
public struct Region: Sendable, Hashable {
    /// Identity, status, sources and text (the text says what the consultations found there).
    public let info: ItemInfo

    /// The region's identifier, its slug.
    public var id: RegionID { RegionID(info.slug) }
}

/// A consultation meeting held in a region, as the public record gives it.
public struct Meeting: Sendable, Hashable {
    /// Identity, status, sources and text (title, city, partners).
    public let info: ItemInfo
    /// The meeting's region.
    public let region: RegionID
    /// The host country, ISO 3166-1 alpha-2.
    public let country: String
    /// When it started, as precisely as the sources say.
    public let start: PartialDate
    /// When it ended, if the sources say.
    public let end: PartialDate?
    /// The thematic areas discussed, from ``ContentSchema/thematicAreas``.
    public let themes: [String]
    /// Links to the meeting's documents (agenda, reports, presentations).
    public let documents: [String]

    /// The meeting's identifier, its slug.
    public var id: MeetingID { MeetingID(info.slug) }
}
