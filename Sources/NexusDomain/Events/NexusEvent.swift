/// Something that happened which other parts of the product, possibly in other
/// instances of the server, must follow: a cached snapshot to rebuild, an index to update.
///
/// Later features add their own cases (a finding saved, an exercise advanced).
public enum NexusEvent: Sendable, Hashable, Codable {
    /// A language version of a toolkit item was published (by an editor, a translator
    /// or an import).
    case contentPublished(kind: ContentKind, slug: String, language: Language)
    /// Many documents were published at once, by an import.
    case contentImported(count: Int)
    /// Findings or participation counts were recorded, changed or removed.
    case evidenceChanged
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
