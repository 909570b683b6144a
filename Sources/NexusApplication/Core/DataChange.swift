public import NexusDomain
public import NexusPersistence

/// What a committed write changed in the data instances keep in memory.
public enum DataChange: Sendable, Hashable {
    /// These language versions of toolkit items were published.
    case content(Set<ContentDocumentKey>)
    /// Any toolkit content (an import).
    case contentAll
    /// Findings or participation.
    case evidence(EvidenceChange)
    /// Cases: the index of public cases is read again (it is small).
    case cases

    /// The family whose data version the write moves on.
    public var family: DataFamily {
        switch self {
        case .content, .contentAll: .content
        case .evidence: .evidence
        case .cases: .cases
        }
    }

    /// The event that tells other instances, carrying the version the write produced.
    func event(version: Int) -> NexusEvent {
        switch self {
        case .content(let keys): .contentPublished(keys.sorted(), version: version)
        case .contentAll: .contentImported(version: version)
        case .evidence(let change): .evidenceChanged(change, version: version)
        case .cases: .casesChanged(version: version)
        }
    }

    /// The change an event from another instance describes.
    init(_ event: NexusEvent) {
        switch event {
        case .contentPublished(let keys, _): self = .content(Set(keys))
        case .contentImported: self = .contentAll
        case .evidenceChanged(let change, _): self = .evidence(change)
        case .casesChanged: self = .cases
        }
    }
}

extension NexusEvent {
    /// The data version the event's write produced.
    var version: Int {
        switch self {
        case .contentPublished(_, let version), .contentImported(let version), .evidenceChanged(_, let version),
            .casesChanged(let version):
            version
        }
    }
}
