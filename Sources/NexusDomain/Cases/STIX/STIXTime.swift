import Foundation

/// STIX timestamps (`2019-03-01T00:00:00.000Z`: UTC, to the millisecond) and the partial
/// dates cases use. A timestamp cannot say "2019" rather than "2019-01-01", so the partial
/// dates travel in the extension and the timestamps are derived from them for other tools.
public enum STIXTime {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `moment` as a STIX timestamp with milliseconds, rounded to the nearest one.
    public static func text(_ moment: Date) -> String {
        let milliseconds = Int64((moment.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds.quotient(dividingBy: 1000)
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0, Int(milliseconds - seconds * 1000))
    }

    /// The moment a STIX timestamp names, to the millisecond; `nil` for anything else.
    public static func moment(_ text: String) -> Date? {
        let pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        let components = DateComponents(
            year: Int(match.1), month: Int(match.2), day: Int(match.3), hour: Int(match.4), minute: Int(match.5),
            second: Int(match.6))
        guard components.isValidDate(in: calendar), let whole = calendar.date(from: components) else { return nil }
        let fraction = match.7.map { Double("0." + $0) ?? 0 } ?? 0
        let milliseconds = Int64(whole.timeIntervalSince1970) * 1000 + Int64((fraction * 1000).rounded(.down))
        return Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }

    /// The first moment of the period `date` names: 2019-03 begins on 1 March 2019.
    public static func start(of date: PartialDate) -> Date {
        calendar.date(from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1)) ?? .distantPast
    }

    /// The first moment after the period `date` names: 2019 ends as 2020 begins. STIX
    /// wants a stop time later than its start time, which this gives even for a period
    /// that starts and ends in the same year.
    public static func end(of date: PartialDate) -> Date {
        let component: Calendar.Component = date.day != nil ? .day : date.month != nil ? .month : .year
        return calendar.date(byAdding: component, value: 1, to: start(of: date)) ?? start(of: date)
    }

    /// The day a moment falls on, as a partial date: what a timestamp from another tool
    /// tells of a period.
    public static func day(of moment: Date) -> PartialDate? {
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return PartialDate(String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0))
    }
}

extension Int64 {
    /// Division rounded towards minus infinity, so moments before 1970 format correctly.
    fileprivate func quotient(dividingBy divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
