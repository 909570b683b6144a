@testable import NexusDomain
import Testing

/// Block structure, checked against the exact HTML (Ink's shapes: no newlines
/// between blocks, tight list items without `<p>`).
struct BlockTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).html
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        #expect(html("One.\n\nTwo.") == "<p>One.</p><p>Two.</p>")
    }

    @Test func paragraphLinesJoinWithSoftBreaks() {
        #expect(html("one\ntwo") == "<p>one two</p>")
        #expect(MarkdownDocument(parsing: "one\n   two").blocks == [.paragraph([.text("one"), .softBreak, .text("two")])])
    }

    @Test func emptyAndBlankInputsRenderNothing() {
        #expect(html("") == "")
        #expect(html(" \n\t\n") == "")
    }

    @Test func atxHeadingsOfEveryLevel() {
        #expect(html("# One") == "<h1>One</h1>")
        #expect(html("###### Six ######") == "<h6>Six</h6>")
        #expect(html("## Title #") == "<h2>Title</h2>")
        #expect(html("## C# #") == "<h2>C#</h2>")
        #expect(html("####### Seven") == "<p>####### Seven</p>")
        #expect(html("#NoSpace") == "<p>#NoSpace</p>")
        #expect(html("# Heading\nText") == "<h1>Heading</h1><p>Text</p>")
    }

    @Test func bulletListIsTight() {
        #expect(html("- one\n- two\n- three") == "<ul><li>one</li><li>two</li><li>three</li></ul>")
        #expect(html("* a\n* b") == "<ul><li>a</li><li>b</li></ul>")
        #expect(html("+ a") == "<ul><li>a</li></ul>")
    }

    @Test func changingTheBulletStartsANewList() {
        #expect(html("- a\n+ b") == "<ul><li>a</li></ul><ul><li>b</li></ul>")
    }

    @Test func orderedListsKeepTheirStart() {
        #expect(html("1. one\n2. two") == "<ol><li>one</li><li>two</li></ol>")
        #expect(html("3) three\n4) four") == "<ol start=\"3\"><li>three</li><li>four</li></ol>")
    }

    @Test func onlyOneCanInterruptAParagraph() {
        #expect(html("In\n2015. it rained") == "<p>In 2015. it rained</p>")
        #expect(html("Steps:\n1. first") == "<p>Steps:</p><ol><li>first</li></ol>")
        #expect(html("Items:\n- a") == "<p>Items:</p><ul><li>a</li></ul>")
    }

    @Test func blankLinesBetweenItemsMakeALooseList() {
        #expect(html("- a\n\n- b") == "<ul><li><p>a</p></li><li><p>b</p></li></ul>")
        #expect(html("1. a\n\n   more\n2. b") == "<ol><li><p>a</p><p>more</p></li><li><p>b</p></li></ol>")
    }

    @Test func aBlankLineAfterTheListKeepsItTight() {
        #expect(html("- a\n- b\n\nAfter.") == "<ul><li>a</li><li>b</li></ul><p>After.</p>")
    }

    @Test func nestedListsByIndentation() {
        let markdown = "- a\n  - b\n    - c\n- d"
        #expect(html(markdown) == "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>")
        #expect(html("1. a\n   - b") == "<ol><li>a<ul><li>b</li></ul></li></ol>")
    }

    @Test func listItemContinuationAndLazyLines() {
        #expect(html("- a\n  continued") == "<ul><li>a continued</li></ul>")
        #expect(html("- a\nlazy") == "<ul><li>a lazy</li></ul>")
    }

    @Test func listItemsHoldOtherBlocks() {
        #expect(html("- > quoted") == "<ul><li><blockquote><p>quoted</p></blockquote></li></ul>")
        #expect(html("- ```\n  code\n  ```") == "<ul><li><pre><code>code\n</code></pre></li></ul>")
    }

    @Test func blockquotes() {
        #expect(html("> quote") == "<blockquote><p>quote</p></blockquote>")
        #expect(html("> a\n> b") == "<blockquote><p>a b</p></blockquote>")
        #expect(html("> a\nlazy") == "<blockquote><p>a lazy</p></blockquote>")
        #expect(html("> a\n\n> b") == "<blockquote><p>a</p></blockquote><blockquote><p>b</p></blockquote>")
        #expect(html("> # H\n> - i") == "<blockquote><h1>H</h1><ul><li>i</li></ul></blockquote>")
        #expect(html(">> nested") == "<blockquote><blockquote><p>nested</p></blockquote></blockquote>")
    }

    @Test func fencedCodeBlocks() {
        #expect(html("```\nlet x = 1\n```") == "<pre><code>let x = 1\n</code></pre>")
        #expect(html("```swift\nlet x = 1\n```") == "<pre><code class=\"language-swift\">let x = 1\n</code></pre>")
        #expect(html("~~~\n*not emphasis* <b>\n~~~") == "<pre><code>*not emphasis* &lt;b&gt;\n</code></pre>")
        #expect(html("````\n```\n````") == "<pre><code>```\n</code></pre>")
        #expect(html("```\nunclosed") == "<pre><code>unclosed\n</code></pre>")
        #expect(html("  ```\n  indented\n    more\n  ```") == "<pre><code>indented\n  more\n</code></pre>")
    }

    @Test func fenceInfoIsEscapedAndShortened() {
        #expect(html("```a\"b c\nx\n```") == "<pre><code class=\"language-a&quot;b\">x\n</code></pre>")
        #expect(MarkdownDocument(parsing: "```swift extra\nx\n```").blocks == [.codeBlock(info: "swift", code: "x\n")])
    }

    @Test func indentedCodeBlocks() {
        #expect(html("    code\n      more\n\n    end\n\n") == "<pre><code>code\n  more\n\nend\n</code></pre>")
        #expect(html("\tcode") == "<pre><code>code\n</code></pre>")
        #expect(html("Paragraph\n    not code") == "<p>Paragraph not code</p>")
    }

    @Test func thematicBreaks() {
        #expect(html("---") == "<hr>")
        #expect(html("***") == "<hr>")
        #expect(html("_ _ _") == "<hr>")
        #expect(html("a\n\n---\n\nb") == "<p>a</p><hr><p>b</p>")
        #expect(html("--") == "<p>--</p>")
        #expect(html("- - -") == "<hr>")
    }

    @Test func aDashLineAfterAParagraphIsABreakNotAHeading() {
        // Setext headings are not supported, like Ink.
        #expect(html("Title\n---") == "<p>Title</p><hr>")
    }

    @Test func tabsCountToTheNextMultipleOfFour() {
        #expect(html("-\tone\n\t-\ttwo") == "<ul><li>one<ul><li>two</li></ul></li></ul>")
        #expect(html(">\tcode?") == "<blockquote><p>code?</p></blockquote>")
    }

    @Test func lineEndingsOfAllKinds() {
        #expect(html("a\r\nb\rc\n\nd") == "<p>a b c</p><p>d</p>")
    }

    @Test func theTreeIsExposed() {
        let document = MarkdownDocument(parsing: "# T\n\n1. **a**\n2. b\n\n> q\n\n---")
        #expect(
            document.blocks == [
                .heading(level: 1, [.text("T")]),
                .orderedList(
                    start: 1,
                    items: [
                        MarkdownListItem(blocks: [.paragraph([.strong([.text("a")])])]),
                        MarkdownListItem(blocks: [.paragraph([.text("b")])]),
                    ], isTight: true),
                .blockquote([.paragraph([.text("q")])]),
                .thematicBreak,
            ])
    }
}
