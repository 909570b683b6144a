@testable import NexusDomain
import Testing

struct PlainTextTests {
    private func plain(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).plainText
    }

    @Test func linkTextIsKeptAndURLDropped() {
        #expect(plain("See [the guide](https://example.org/guide \"T\") now.") == "See the guide now.")
        #expect(plain("<https://example.org>") == "https://example.org")
        #expect(plain("[refused](javascript:alert(1))") == "refused")
    }

    @Test func imagesBecomeTheirAltText() {
        #expect(plain("Look: ![a *map*](/m.png)") == "Look: a map")
    }

    @Test func markupCharactersAreGone() {
        #expect(plain("# Title\n\n**Bold** and *em* and `code`") == "Title\nBold and em and code")
        #expect(plain("> quoted _text_") == "quoted text")
        #expect(plain("a\n\n---\n\nb") == "a\nb")
    }

    @Test func entitiesAndEscapesAreDecoded() {
        #expect(plain("Caf&eacute; &amp; bar &#39;x&#x27; \\*star\\*") == "Café & bar 'x' *star*")
        #expect(plain("<script>x</script>") == "<script>x</script>")
    }

    @Test func oneLinePerBlock() {
        let markdown = "Intro\nwraps here.\n\n- one\n- two **b**\n  - nested\n\n1. first\n2. second\n\n```\nlet a\n\nlet b\n```"
        #expect(plain(markdown) == "Intro wraps here.\none\ntwo b\nnested\nfirst\nsecond\nlet a\nlet b")
        #expect(plain("a  \nb") == "a b")
    }

    @Test func matchesTheOldIndexOnTypicalContent() {
        // The shape of the toolkit's content: what `PlainText.fromMarkdown` gave.
        let markdown =
            "The practices ask states to make their law **consistent** — and to **strengthen**.\n\n"
            + "Recommendations ask states to:\n\n- study the nexus;\n- support research.\n\n"
            + "1. **Alliances** between groups.\n2. The **\"black hole\"**: failed states."
        #expect(
            plain(markdown) == "The practices ask states to make their law consistent — and to strengthen.\n"
                + "Recommendations ask states to:\nstudy the nexus;\nsupport research.\n"
                + "Alliances between groups.\nThe \"black hole\": failed states.")
    }
}
