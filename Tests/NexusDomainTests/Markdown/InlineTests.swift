@testable import NexusDomain
import Testing

/// Inline syntax, checked against the exact HTML of a one-paragraph document.
struct InlineTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).html
    }

    @Test func emphasisAndStrong() {
        #expect(html("*a* _b_ **c** __d__") == "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong></p>")
    }

    @Test func nestedEmphasis() {
        #expect(html("**bold *and italic***") == "<p><strong>bold <em>and italic</em></strong></p>")
        #expect(html("***both***") == "<p><em><strong>both</strong></em></p>")
        #expect(html("*a **b** c*") == "<p><em>a <strong>b</strong> c</em></p>")
        #expect(html("**a *b* c**") == "<p><strong>a <em>b</em> c</strong></p>")
        #expect(html("*foo**bar**baz*") == "<p><em>foo<strong>bar</strong>baz</em></p>")
    }

    @Test func intrawordUnderscoreIsNotEmphasis() {
        #expect(html("snake_case_name") == "<p>snake_case_name</p>")
        #expect(html("in*tra*word") == "<p>in<em>tra</em>word</p>")
        #expect(html("__init__ method") == "<p><strong>init</strong> method</p>")
    }

    @Test func unmatchedMarkersStayText() {
        #expect(html("*a") == "<p>*a</p>")
        #expect(html("a * b") == "<p>a * b</p>")
        #expect(html("**a*") == "<p>*<em>a</em></p>")
        #expect(html("_a*") == "<p>_a*</p>")
    }

    @Test func emphasisNextToPunctuation() {
        #expect(html("l'*Addendum*") == "<p>l&#39;<em>Addendum</em></p>")
        #expect(html("**«trou noir»** :") == "<p><strong>«trou noir»</strong> :</p>")
        #expect(html("a **\"b\"**: c") == "<p>a <strong>&quot;b&quot;</strong>: c</p>")
    }

    @Test func codeSpans() {
        #expect(html("`code`") == "<p><code>code</code></p>")
        #expect(html("`` a`b ``") == "<p><code>a`b</code></p>")
        #expect(html("`*not* <em>`") == "<p><code>*not* &lt;em&gt;</code></p>")
        #expect(html("`a\nb`") == "<p><code>a b</code></p>")
        #expect(html("`unclosed") == "<p>`unclosed</p>")
        #expect(html("`a\\`b`") == "<p><code>a\\</code>b`</p>")
        #expect(html("*a `*` b*") == "<p><em>a <code>*</code> b</em></p>")
    }

    @Test func inlineLinks() {
        #expect(html("[text](https://example.org)") == "<p><a href=\"https://example.org\">text</a></p>")
        #expect(html("[t](/p \"Title\")") == "<p><a href=\"/p\" title=\"Title\">t</a></p>")
        #expect(html("[t](/p 'T')") == "<p><a href=\"/p\" title=\"T\">t</a></p>")
        #expect(html("[t](/p (T))") == "<p><a href=\"/p\" title=\"T\">t</a></p>")
        #expect(html("[t](<a b>)") == "<p><a href=\"a%20b\">t</a></p>")
        #expect(html("[t]()") == "<p><a href=\"\">t</a></p>")
        #expect(html("[*em* `c`](x)") == "<p><a href=\"x\"><em>em</em> <code>c</code></a></p>")
        #expect(html("[a](b(c)d)") == "<p><a href=\"b(c)d\">a</a></p>")
        #expect(html("[a](b?x=1&amp;y=2)") == "<p><a href=\"b?x=1&amp;y=2\">a</a></p>")
    }

    @Test func notLinks() {
        #expect(html("[a] (b)") == "<p>[a] (b)</p>")
        #expect(html("[a](b c)") == "<p>[a](b c)</p>")
        #expect(html("[a](b") == "<p>[a](b</p>")
        #expect(html("[a][ref]") == "<p>[a][ref]</p>")
        #expect(html("]") == "<p>]</p>")
    }

    @Test func linksDoNotNest() {
        #expect(html("[a [b](c) d](e)") == "<p>[a <a href=\"c\">b</a> d](e)</p>")
    }

    @Test func emphasisInsideAndAroundLinks() {
        #expect(html("*[a](b)*") == "<p><em><a href=\"b\">a</a></em></p>")
        #expect(html("*a [b* c](d)") == "<p>*a <a href=\"d\">b* c</a></p>")
    }

    @Test func autolinks() {
        #expect(html("<https://example.org/a?b>") == "<p><a href=\"https://example.org/a?b\">https://example.org/a?b</a></p>")
        #expect(html("<user@example.org>") == "<p><a href=\"mailto:user@example.org\">user@example.org</a></p>")
        #expect(html("<not a link>") == "<p>&lt;not a link&gt;</p>")
    }

    @Test func images() {
        #expect(html("![alt *text*](/i.png)") == "<p><img src=\"/i.png\" alt=\"alt text\"/></p>")
        #expect(html("![a](i.png \"T\")") == "<p><img src=\"i.png\" alt=\"a\" title=\"T\"/></p>")
        #expect(html("[![a](i.png)](/p)") == "<p><a href=\"/p\"><img src=\"i.png\" alt=\"a\"/></a></p>")
        #expect(html("! [a](b)") == "<p>! <a href=\"b\">a</a></p>")
    }

    @Test func backslashEscapes() {
        #expect(html("\\*not\\* \\_x\\_ \\[y\\] \\`z\\` \\# \\\\") == "<p>*not* _x_ [y] `z` # \\</p>")
        #expect(html("\\a") == "<p>\\a</p>")
        #expect(html("\\# not heading") == "<p># not heading</p>")
    }

    @Test func hardBreaks() {
        #expect(html("a  \nb") == "<p>a<br>b</p>")
        #expect(html("a\\\nb") == "<p>a<br>b</p>")
        #expect(html("a \nb") == "<p>a b</p>")
        #expect(html("a  ") == "<p>a</p>")
    }

    @Test func characterReferencesAreDecodedThenEscaped() {
        #expect(html("&amp; &eacute; &#39; &#x27; &copy; &hellip;") == "<p>&amp; é &#39; &#39; © …</p>")
        #expect(MarkdownDocument(parsing: "&eacute;t&eacute;").blocks == [.paragraph([.text("été")])])
        #expect(html("&unknown; & &#0; &#xD800;") == "<p>&amp;unknown; &amp; \u{FFFD} \u{FFFD}</p>")
        #expect(html("`&amp;`") == "<p><code>&amp;amp;</code></p>")
    }

    @Test func specialCharactersAreEscaped() {
        #expect(html("a < b > c & \"d\" 'e'") == "<p>a &lt; b &gt; c &amp; &quot;d&quot; &#39;e&#39;</p>")
    }

    @Test func nonASCIITextPassesThrough() {
        #expect(html("**متسقاً** и *ё* 😀") == "<p><strong>متسقاً</strong> и <em>ё</em> 😀</p>")
    }

    @Test func nulBecomesReplacementCharacter() {
        #expect(html("a\u{0}b") == "<p>a\u{FFFD}b</p>")
    }
}
