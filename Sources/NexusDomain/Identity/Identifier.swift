/// An identifier of one kind of record, so that the compiler tells a user's id from a
/// finding's: `Identifier<User>` and `Identifier<Finding>` are different types even though
/// both are text underneath.
public struct Identifier<Subject>: Hashable, Sendable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The text stored and shown in addresses.
    public let rawValue: String

    /// Wraps stored or received text; checking its shape is the caller's business.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A user's identifier.
public typealias UserID = Identifier<User>

/// A finding's identifier.
public typealias FindingID = Identifier<Finding>

/// A consultation meeting's identifier: its slug as a toolkit item.
public typealias MeetingID = Identifier<Meeting>

/// A region's identifier: its slug as a toolkit item.
public typealias RegionID = Identifier<Region>

/// A named participant's identifier.
public typealias ParticipantID = Identifier<NamedParticipant>
