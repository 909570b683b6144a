import Foundation

/// A value that changes from one country to another — the country, its capital, an agency,
/// the currency, a date a few days before the exercise — defined once and written in texts
/// as `{{name}}`.
public struct TailoringVariable: Sendable, Hashable, Codable, Identifiable {
    /// Lower-case letters, digits and hyphens: `capital`, `police-agency`.
    public var name: String
    /// What the facilitator is asked for: "Capital city".
    public var label: TranslatableText
    public var kind: Kind
    /// For dates: days from the exercise day (negative before it).
    public var dayOffset: Int?

    /// The kinds of variable.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Words each tailoring gives, in each language.
        case text
        /// A date counted from the exercise day, written in the reader's language.
        case date
    }

    public var id: String { name }

    /// Creates a variable.
    public init(name: String, label: TranslatableText, kind: Kind = .text, dayOffset: Int? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.dayOffset = kind == .date ? (dayOffset ?? 0) : nil
    }
}

/// A scenario made ready for one country: a value for every text variable, and the day the
/// exercise is planned for, from which date variables are counted.
public struct Tailoring: Sendable, Hashable, Codable, Identifiable {
    /// Unique in the scenario: `albania`.
    public var id: String
    /// The country it is for, if it is for one.
    public var country: CountryCode?
    /// What the facilitator calls it: "Albania, national workshop".
    public var name: TranslatableText
    /// The planned exercise day, `YYYY-MM-DD`; a live session may set another.
    public var exerciseDay: String?
    /// A value per text variable, by variable name.
    public var values: [String: TranslatableText]

    /// Creates a tailoring.
    public init(
        id: String, country: CountryCode? = nil, name: TranslatableText, exerciseDay: String? = nil,
        values: [String: TranslatableText] = [:]
    ) {
        self.id = id
        self.country = country
        self.name = name
        self.exerciseDay = exerciseDay
        self.values = values
    }
}

/// A calendar day, as tailorings and date variables count them; no time, no time zone.
public struct CalendarDay: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Reads `YYYY-MM-DD`; `nil` unless it is a real day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let date = Self.calendar.date(from: DateComponents(year: year, month: month, day: day)),
            Self.calendar.component(.day, from: date) == day, Self.calendar.component(.month, from: date) == month
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a moment falls on, in UTC.
    public init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    /// Noon UTC on this day, for formatting without a time zone moving it to the day before.
    public var noon: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? .distantPast
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(Self.calendar.date(byAdding: .day, value: days, to: noon) ?? noon)
    }

    /// `YYYY-MM-DD`.
    public var text: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
