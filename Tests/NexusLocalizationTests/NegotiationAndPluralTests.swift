import NexusDomain
import NexusLocalization
import Testing

@Suite("Choosing a language and plural forms")
struct NegotiationAndPluralTests {
    @Test(
        "Accept-Language picks the best published language",
        arguments: [
            ("fr-CH, fr;q=0.9, en;q=0.8", Language.fr),
            ("de-DE, de;q=0.9, ar;q=0.5, en;q=0.4", .ar),
            ("en;q=0.2, sq;q=0.8", .sq),
            ("de, it", .en),
            ("*", .en),
            ("fr;q=0, ar", .ar),
            ("", .en),
            (";;;, ,q=x", .en),
        ])
    func negotiation(header: String, expected: Language) {
        #expect(LanguageNegotiation.preferredLanguage(acceptLanguage: header) == expected)
    }

    @Test("no header means English")
    func noHeader() {
        #expect(LanguageNegotiation.preferredLanguage(acceptLanguage: nil) == .en)
    }

    @Test(
        "Arabic has six plural categories",
        arguments: [
            (0, PluralCategory.zero), (1, .one), (2, .two), (3, .few), (10, .few), (11, .many), (99, .many),
            (100, .other), (102, .other), (103, .few), (111, .many),
        ])
    func arabic(count: Int, category: PluralCategory) {
        #expect(PluralCategory.of(count, in: .ar) == category)
    }

    @Test("French counts zero as singular; English and Albanian do not")
    func latin() {
        #expect(PluralCategory.of(0, in: .fr) == .one)
        #expect(PluralCategory.of(1_000_000, in: .fr) == .many)
        #expect(PluralCategory.of(0, in: .en) == .other)
        #expect(PluralCategory.of(1, in: .sq) == .one)
    }
}
