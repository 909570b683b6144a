import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering

/// Dates and places of meetings in the reader's language, as precise as the record.
enum EvidenceDates {
    /// "October 2017", "14 février 2018", "2018", in `language`.
    static func format(_ date: PartialDate, _ language: Language) -> String {
        guard let month = date.month else { return String(date.year) }
        return Localizer.calendarDate(year: date.year, month: month, day: date.day, in: language) ?? date.description
    }

    /// A start and an optional end; one date when they are the same.
    static func range(_ start: PartialDate, _ end: PartialDate?, _ language: Language) -> String {
        guard let end, end != start else { return format(start, language) }
        return format(start, language) + " – " + format(end, language)
    }

    /// "Algiers, Algeria".
    static func place(city: String?, country: String, _ language: Language) -> String {
        [city, country.isEmpty ? nil : EvidenceLabels.country(country, language)].compactMap { $0 }
            .joined(separator: language == .ar ? "، " : ", ")
    }
}
