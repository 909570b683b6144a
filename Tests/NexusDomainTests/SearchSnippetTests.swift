import NexusDomain
import Testing

@Suite("Search snippets and plain text")
struct SearchSnippetTests {
    private func render(_ parts: [SnippetPart]) -> String {
        parts.map { $0.isMatch ? "[\($0.text)]" : $0.text }.joined()
    }

    @Test("every matching word is marked as written, whatever its inflection or accents")
    func marks() {
        let parts = SearchSnippet.make(text: "Les prisons et la Prison centrale.", language: .fr, terms: ["prison"])
        #expect(render(parts) == "Les [prisons] et la [Prison] centrale.")
    }

    @Test("Arabic words are marked whole, with their vowels and prefixes")
    func arabic() {
        let terms = Set(SearchAnalyzer.terms(in: "الحدود", language: .ar))
        let parts = SearchSnippet.make(text: "عبر الحُدود والحدود البحرية", language: .ar, terms: terms)
        #expect(parts.filter(\.isMatch).map(\.text) == ["الحُدود", "والحدود"])
    }

    @Test("the window shows the passage with the most different query words, with ellipses where text is cut")
    func window() {
        let filler = Array(repeating: "mot", count: 40).joined(separator: " ")
        let text = "terrorisme \(filler) le financement du terrorisme \(filler)"
        let terms = Set(SearchAnalyzer.terms(in: "financement terrorisme", language: .fr))
        let shown = render(SearchSnippet.make(text: text, language: .fr, terms: terms, words: 12))
        #expect(shown.contains("[financement] du [terrorisme]"))
        #expect(shown.hasPrefix("… ") && shown.hasSuffix(" …"))
    }

    @Test("without a match in the text (a title match) the opening words are shown")
    func opening() {
        let text = (1...50).map { "w\($0)" }.joined(separator: " ")
        let shown = render(SearchSnippet.make(text: text, language: .en, terms: ["absent"], words: 5))
        #expect(shown == "w1 w2 w3 w4 w5 …")
        #expect(SearchSnippet.make(text: "", language: .en, terms: ["x"]).isEmpty)
    }

    @Test("line breaks read as spaces")
    func lines() {
        #expect(render(SearchSnippet.make(text: "one\ntwo", language: .en, terms: ["two"])) == "one [two]")
    }

    @Test("Markdown keeps the words a reader sees: no heading marks, list markers, emphasis or link targets")
    func plainText() {
        let markdown = "# Heading\n\n- item *one*\n1. step **two**\n> quoted `code`\nSee [the text](https://example.org/x)."
        // The last line continues the quoted paragraph, as CommonMark reads it (and as the page shows it).
        #expect(MarkdownDocument(parsing: markdown).plainText == "Heading\nitem one\nstep two\nquoted code See the text.")
    }
}
