/// Something that happened which other instances of the server must follow: a snapshot to
/// bring up to date. Each event carries the data version its write produced, so that an
/// instance can tell whether it missed an earlier one (and then reads that data whole).
///
/// Later features add their own cases (an exercise advanced).
public enum NexusEvent: Sendable, Hashable, Codable {
    /// Language versions of toolkit items were published (by an editor, a translator or a
    /// programme officer recording a meeting).
    case contentPublished([ContentDocumentKey], version: Int)
    /// Many documents were published at once, by an import: followers read the toolkit whole.
    case contentImported(version: Int)
    /// Findings or participation counts were recorded, changed or removed.
    case evidenceChanged(EvidenceChange, version: Int)
    /// Cases were recorded, changed, imported or removed.
    case casesChanged(version: Int)
}

/// What an evidence write changed, so that a snapshot reads only that again.
public enum EvidenceChange: Sendable, Hashable, Codable {
    /// Anything, such as a large import: the evidence is read whole.
    case all
    /// These findings (created, changed or deleted).
    case findings(Set<FindingID>)
    /// Participation counts.
    case participation

    /// Past this many findings, one read of everything beats reading each again; it also
    /// keeps an event well under PostgreSQL's 8,000-byte notification limit.
    public static let findingsReadOneByOne = 200

    /// The change for `ids`: the findings themselves, or everything when there are many.
    public static func touching(_ ids: some Collection<FindingID>) -> EvidenceChange {
        ids.count > findingsReadOneByOne ? .all : .findings(Set(ids))
    }
}

/// An event as the bus carries it: with the instance it came from, so that an instance
/// can skip what it has already done itself.
public struct NexusEventMessage: Sendable, Hashable, Codable {
    /// The instance that published the event.
    public let origin: String
    /// What happened.
    public let event: NexusEvent

    /// Creates a message.
    public init(origin: String, event: NexusEvent) {
        self.origin = origin
        self.event = event
    }
}
