import NexusDomain
import Testing

@Suite("Languages")
struct LanguageTests {
    @Test("English is the source; Arabic alone runs right to left")
    func basics() {
        #expect(Language.source == .en)
        #expect(Language.translations == [.fr, .ar, .sq])
        #expect(Language.allCases.filter(\.isRightToLeft) == [.ar])
    }

    @Test(
        "codes with regions and in capitals are read",
        arguments: [
            ("fr-CA", Language.fr), ("AR", .ar), ("sq-AL", .sq), ("en", .en),
        ])
    func codes(code: String, language: Language) {
        #expect(Language(code: code) == language)
    }

    @Test("languages we do not publish are not read")
    func unknown() {
        #expect(Language(code: "de") == nil)
        #expect(Language(code: "") == nil)
    }
}
