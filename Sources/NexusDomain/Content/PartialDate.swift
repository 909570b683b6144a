import Foundation

/// A date known to the year, the month or the day, as sources give it:
/// "October 2017" is `2017-10`, not a made-up first of the month.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month (1–12), when known.
    public let month: Int?
    /// The day of the month, when known.
    public let day: Int?

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard parts[2].count == 2, let value = Int(parts[2]), (1...days[month - 1]).contains(value) else { return nil }
            day = value
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as written in content files.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}
