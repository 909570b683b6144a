@testable import NexusDomain
import NexusTestSupport
import Testing

/// Inputs that try to get markup, script or a dangerous URL into the page. Each must
/// render with only our own tags and attributes, no event handler and no URL the
/// policy refuses (see `SafetyCheck`).
struct AttackCorpusTests {
    static let corpus: [String] = [
        // Raw HTML, block and inline.
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "Text <script>alert(1)</script> inline",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe src=javascript:alert(1)>",
        "<form action=\"https://evil.example\"><input name=x><button>Go</button></form>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        "<style>body{display:none}</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<base href=\"https://evil.example/\">",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "<!-- comment --><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<?php echo 1; ?>",
        "<!DOCTYPE html>",
        // Markdown links and images with dangerous URLs.
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<java\nscript:alert(1)>)",
        "[x](<\u{1}javascript:alert(1)>)",
        "[x](javas\u{200B}cript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](&Tab;javascript:alert(1))",
        "[x](java%73cript:alert(1))",
        "[x](%6A%61%76%61script:alert(1))",
        "[x]( javascript:alert(1) \"t\")",
        "[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
        "![x](javascript:alert(1))",
        "![x](JAVASCRIPT:alert(1) \"t\")",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](//evil.example)",
        "[x](\\\\\\\\evil.example)",
        "[x](/\\\\evil.example)",
        // Breaking out of attributes.
        "[x](https://ok.example \"\\\"><script>alert(1)</script>\")",
        "[x](https://ok.example/\"><script>alert(1)</script>)",
        "[x](<https://ok.example/'onmouseover='alert(1)>)",
        "[x](https://ok.example/\" onmouseover=\"alert(1))",
        "![\" onerror=\"alert(1)](https://ok.example/i.png)",
        "![<img src=x onerror=alert(1)>](https://ok.example/i.png)",
        "```\"><script>alert(1)</script>\ncode\n```",
        // Autolinks.
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,x>",
        "<https://ok.example/\"onmouseover=\"alert(1)>",
        // Markup hidden inside other constructs.
        "*<script>*alert(1)*</script>*",
        "**<img src=x onerror=alert(1)>**",
        "[<script>alert(1)</script>](https://ok.example)",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "> <script>alert(1)</script>",
        "- <iframe src=javascript:alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "\\<script>alert(1)\\</script>",
        "[a](b)<script>[c](javascript:d)</script>",
    ]

    @Test(arguments: corpus)
    func rendersNothingDangerous(_ markdown: String) {
        let html = MarkdownDocument(parsing: markdown).html
        #expect(SafetyCheck.violations(in: html) == [], "\(html)")
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.corpus.count >= 40)
    }

    @Test func rawHTMLIsShownAsText() {
        let html = MarkdownDocument(parsing: "<script>alert(1)</script>").html
        #expect(html == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        let inline = MarkdownDocument(parsing: "a <b onclick=\"x\">b</b>").html
        #expect(inline == "<p>a &lt;b onclick=&quot;x&quot;&gt;b&lt;/b&gt;</p>")
        #expect(MarkdownDocument(parsing: "<!-- c -->").html == "<p>&lt;!-- c --&gt;</p>")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))", "[x](java%73cript:alert(1))", "[x](data:text/html,hi)",
        "[x](vbscript:x)", "[x](file:///etc/passwd)", "[x](//evil.example)", "<javascript:alert(1)>",
    ])
    func refusedLinksShowOnlyTheirText(_ markdown: String) {
        let html = MarkdownDocument(parsing: markdown).html
        #expect(!html.contains("<a"), "\(html)")
        #expect(HTMLTagScanner.scan(html).tags.map(\.name) == ["p"])
    }

    @Test func refusedImagesShowTheirAltText() {
        #expect(MarkdownDocument(parsing: "![the *alt*](javascript:alert(1))").html == "<p>the alt</p>")
        #expect(MarkdownDocument(parsing: "![x](data:image/png;base64,AAAA)").html == "<p>x</p>")
    }

    @Test func attributeValuesAreEscaped() {
        let html = MarkdownDocument(parsing: "[x](https://ok.example/\"><script>alert(1)</script>)").html
        #expect(html == "<p><a href=\"https://ok.example/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</a></p>")
        let titled = MarkdownDocument(parsing: "[x](/a '\"><b>')").html
        #expect(titled == "<p><a href=\"/a\" title=\"&quot;&gt;&lt;b&gt;\">x</a></p>")
    }

    @Test func theScannerSeesWhatABrowserWould() {
        let tags = HTMLTagScanner.scan("<p><a href=\"/x?a=1&amp;b=2\" title='t'>x</a><img src=y onerror=z/></p>").tags
        #expect(
            tags == [
                ScannedTag(name: "p", attributes: []),
                ScannedTag(name: "a", attributes: [("href", "/x?a=1&b=2"), ("title", "t")]),
                ScannedTag(name: "img", attributes: [("src", "y"), ("onerror", "z/")]),
            ])
        #expect(SafetyCheck.violations(in: "<img src=x onerror=alert(1)>").contains("event handler onerror on <img>"))
        #expect(!SafetyCheck.violations(in: "<a href=\"javascript:x\">").isEmpty)
        #expect(!SafetyCheck.violations(in: "<!-- x -->").isEmpty)
    }
}
