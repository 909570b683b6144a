@testable import NexusDomain
import Testing

struct URLPolicyTests {
    @Test(arguments: [
        "http://example.org", "https://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG", "mailto:a@example.org",
        "/path", "/", "path/to", "./here", "../up", "#fragment", "?query", "", "  https://example.org  ",
        "https://example.org/a:b", "./a:b", "/a:b", "https:example.org",
    ])
    func allowed(_ url: String) {
        #expect(MarkdownURLPolicy.isAllowed(url))
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "java\rscript:alert(1)", "\u{1}javascript:alert(1)", "javascript\u{0}:alert(1)",
        "java\u{200B}script:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
        "javascript&colon;alert(1)", "java&Tab;script:alert(1)", "java%73cript:alert(1)", "%6a%61vascript:x",
        "data:text/html;base64,PHNjcmlwdD4=", "DATA:image/png;base64,AAAA", "vbscript:msgbox(1)",
        "file:///etc/passwd", "ftp://example.org", "tel:123", "//evil.example", " //evil.example",
        "\\\\evil.example", "/\\evil.example", "\\/evil.example", "a:b", "blob:https://x", "about:blank",
    ])
    func refused(_ url: String) {
        #expect(!MarkdownURLPolicy.isAllowed(url))
    }

    @Test func allowedURLsAreWrittenCleaned() {
        #expect(
            MarkdownDocument(parsing: "[x](<https://exa\tmple.org/a b>)").html
                == "<p><a href=\"https://example.org/a%20b\">x</a></p>")
        #expect(MarkdownDocument(parsing: "[x](<a\u{1}b\u{7F}c>)").html == "<p><a href=\"a%01b%7Fc\">x</a></p>")
    }
}
