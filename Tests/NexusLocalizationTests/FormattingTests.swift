import Foundation
import NexusDomain
import NexusLocalization
import Testing

@Suite("Dates and numbers as each language writes them")
struct FormattingTests {
    @Test("a calendar date known to the month or the day reads naturally in each language")
    func calendarDates() throws {
        #expect(Localizer.calendarDate(year: 2017, month: 10, day: nil, in: .en) == "October 2017")
        #expect(Localizer.calendarDate(year: 2018, month: 2, day: 14, in: .en) == "14 February 2018")
        #expect(Localizer.calendarDate(year: 2018, month: 2, day: 14, in: .fr) == "14 février 2018")
        #expect(Localizer.calendarDate(year: 2018, month: 2, day: 14, in: .sq)?.contains("2018") == true)
        let arabic = try #require(Localizer.calendarDate(year: 2018, month: 2, day: 14, in: .ar))
        #expect(arabic.contains("2018") && arabic.contains("14"), "Arabic keeps Western digits: \(arabic)")
    }

    @Test("moments say UTC and numbers group as the language does")
    func momentsAndNumbers() throws {
        let localization = try Localization.bundled()
        let moment = Date(timeIntervalSince1970: 1_796_310_000)
        for language in Language.allCases {
            #expect(localization[language].moment(moment).hasSuffix(" UTC"))
        }
        #expect(localization[.en].number(12345) == "12,345")
        #expect(localization[.ar].number(12345).contains("12"))
    }
}
