public import Foundation
import NexusDomain

/// Moments and numbers as each language writes them. Moments are shown in UTC and say
/// so: the server does not know the reader's time zone, and people who meet across
/// regions compare times in UTC anyway.
extension Localizer {
    /// "3 Dec 2026, 15:20 UTC" in the reader's language.
    public func moment(_ date: Date) -> String {
        date.formatted(
            Date.FormatStyle(
                date: .abbreviated, time: .shortened, locale: locale, calendar: Self.calendar,
                timeZone: .gmt)) + " UTC"
    }

    /// "3 December 2026" in the reader's language.
    public func day(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: Self.calendar, timeZone: .gmt))
    }

    /// A whole number with the language's grouping: "1,234" in English, "1 234" in French.
    public func number(_ value: Int) -> String {
        value.formatted(.number.locale(locale))
    }

    /// A date known to the month or the day, as `language` writes it: "October 2017",
    /// "14 février 2018". The day is a calendar day, not a moment, so no time zone shifts it.
    public static func calendarDate(year: Int, month: Int, day: Int?, in language: Language) -> String? {
        let components = DateComponents(timeZone: .gmt, year: year, month: month, day: day ?? 1)
        guard let date = calendar.date(from: components) else { return nil }
        let style = Date.FormatStyle(locale: locale(of: language), calendar: calendar, timeZone: .gmt)
        return day == nil
            ? date.formatted(style.month(.wide).year())
            : date.formatted(style.day().month(.wide).year())
    }

    var locale: Locale { Self.locale(of: language) }

    /// The locale of the language. Arabic keeps the Western digits the toolkit's texts
    /// use (resolution 2482, not ٢٤٨٢), which is also how the Maghreb writes them.
    static func locale(of language: Language) -> Locale {
        switch language {
        case .en: Locale(identifier: "en_GB")
        case .fr: Locale(identifier: "fr")
        case .ar: Locale(identifier: "ar-u-nu-latn")
        case .sq: Locale(identifier: "sq")
        }
    }

    private static let calendar = Calendar(identifier: .gregorian)
}
