import NexusDomain
import Testing

@Suite("Case texts: translations and per-field staleness")
struct TranslatableTextTests {
    @Test("a translation made from the current source text is current; changing the source marks it stale")
    func staleness() {
        var title = TranslatableText("Hostages sold on")
        title.set("Otages revendus", in: .fr, source: .en)
        #expect(!title.isStale(.fr, source: .en))
        title.set("Hostages sold on, then ransomed", in: .en, source: .en)
        #expect(title.isStale(.fr, source: .en))
        // Translating again makes it current.
        title.set("Otages revendus, puis rançonnés", in: .fr, source: .en)
        #expect(!title.isStale(.fr, source: .en))
    }

    @Test("only the field whose source changed is stale")
    func perField() {
        var record = CaseSamples.valid()
        record.title.set("Un cas", in: .fr, source: .en)
        record.summary.set("Ce qui s'est passé.", in: .fr, source: .en)
        #expect(record.staleFields(in: .fr).isEmpty)
        record.summary.set("What happened, told again.", in: .en, source: .en)
        #expect(record.staleFields(in: .fr) == ["summary"])
    }

    @Test("a reader gets their language, else the source, and blank texts are not kept")
    func resolution() {
        var text = TranslatableText("Group A")
        text.set("  ", in: .ar, source: .en)
        #expect(text.languages == [.en])
        let fallback = text.resolve(.ar, source: .en)
        #expect(fallback.text == "Group A" && fallback.language == .en && !fallback.isStale)
        text.set("المجموعة أ", in: .ar, source: .en)
        #expect(text.resolve(.ar, source: .en).language == .ar)
    }

    @Test("the admiralty grade reads and writes its two-character code")
    func grade() {
        #expect(AdmiraltyGrade("b2") == AdmiraltyGrade(.b, .probable))
        #expect(AdmiraltyGrade(.f, .cannotBeJudged).description == "F6")
        for bad in ["G1", "A0", "A7", "AB", "", "B22"] { #expect(AdmiraltyGrade(bad) == nil, "\(bad)") }
    }
}
