/// What every toolkit item has: identity, status, sources and text.
public struct ItemInfo: Sendable, Hashable {
    /// The item's kind and slug.
    public let id: ContentItemID
    /// How far the item is confirmed by its sources.
    public let status: ContentStatus
    /// The public sources the item is written from.
    public let sources: [String]
    /// The position among its siblings, when the editor sets one.
    public let order: Int?
    /// The item's text in every language.
    public let text: Localized

    /// The item's slug.
    public var slug: String { id.slug }
}

/// A section of the concept of the nexus (a form, a context, watch points, background).
public struct ConceptSection: Sendable, Hashable {
    /// Identity, status, sources and text.
    public let info: ItemInfo
    /// The group the section belongs to, one of ``ContentSchema/conceptGroups``.
    public let group: String
}

/// A lettered group of good practices.
public struct Theme: Sendable, Hashable {
    /// Identity, status, sources and text.
    public let info: ItemInfo
    /// The section letter, for example "A".
    public let letter: String
}

/// A good practice: a recommendation with its key actions, actors, standards and examples.
public struct Practice: Sendable, Hashable {
    /// Identity, status, sources and text.
    public let info: ItemInfo
    /// The practice's number in the official list, when it is known.
    public let number: Int?
    /// The slug of the practice's theme.
    public let theme: String
    /// Slugs of the actor types the practice involves.
    public let keyActors: [String]
    /// Slugs of the instruments the practice relies on.
    public let standards: [String]
    /// Whether `standards` come from the official text or are an editorial selection.
    public let standardsBasis: LinkBasis
    /// Slugs of example initiatives.
    public let initiatives: [String]
    /// Whether `initiatives` come from the official text or are an editorial selection.
    public let initiativesBasis: LinkBasis
    /// Slugs of related practices.
    public let related: [String]

    /// The reference that addresses the practice in URLs: its number when it has one.
    public var canonicalReference: PracticeReference {
        number.map(PracticeReference.number) ?? .slug(info.slug)
    }
}

/// An international or regional legal instrument or standard.
public struct Instrument: Sendable, Hashable {
    /// Identity, status, sources and text.
    public let info: ItemInfo
    /// The year of adoption.
    public let year: Int
    /// The kind of instrument, one of ``ContentSchema/instrumentKinds``.
    public let kind: String
    /// The official text's address.
    public let url: String
}

/// A type of actor that practices involve (law enforcement, prosecution, civil society …).
public struct ActorType: Sendable, Hashable {
    /// Identity, status, sources and text.
    public let info: ItemInfo
}

/// An example initiative that puts practices to work.
public struct Initiative: Sendable, Hashable {
    /// Identity, status, sources and text.
    public let info: ItemInfo
    /// The initiative's address.
    public let url: String
    /// The year it started, when known.
    public let started: Int?
    /// The year it ended, when it has.
    public let ended: Int?
}

/// How a URL names a practice: by its number, or by its slug (always available).
public enum PracticeReference: Sendable, Hashable, CustomStringConvertible {
    case number(Int)
    case slug(String)

    /// Reads a path segment: digits name a number, anything else a slug.
    public init(_ segment: some StringProtocol) {
        if let number = Int(segment), number > 0, segment.allSatisfy(\.isASCII) {
            self = .number(number)
        } else {
            self = .slug(String(segment))
        }
    }

    public var description: String {
        switch self {
        case .number(let number): String(number)
        case .slug(let slug): slug
        }
    }
}
