@testable import NexusDomain
import Testing

/// Pathological inputs must parse without crashing (stack overflow included) and
/// stay safe. No timings are asserted; these finish in well under a second each
/// because every stage is linear, and a quadratic regression would show up as a
/// suite that suddenly takes minutes.
struct RobustnessTests {
    private func render(_ markdown: String) -> MarkdownDocument {
        let document = MarkdownDocument(parsing: markdown)
        #expect(SafetyCheck.violations(in: document.html) == [])
        _ = document.plainText
        return document
    }

    @Test func manyOpeningBrackets() {
        let document = render(String(repeating: "[", count: 50_000))
        #expect(document.plainText.count == 50_000)
    }

    @Test func manyAsterisksAndUnderscores() {
        #expect(render(String(repeating: "*", count: 50_000) + "a").plainText.count >= 1)
        _ = render(String(repeating: "*a ", count: 50_000))
        _ = render(String(repeating: "_", count: 50_000))
        _ = render(String(repeating: "**a *b ", count: 20_000))
    }

    @Test func deeplyNestedEmphasisIsCapped() {
        let depth = 20_000
        let markdown = String(repeating: "*a _", count: depth) + "x" + String(repeating: "_ a*", count: depth)
        let document = render(markdown)
        #expect(document.plainText.contains("x"))
        #expect(Self.inlineDepth(document.blocks) <= MarkdownDocument.maximumNestingDepth + 1)
    }

    @Test func manyLinkAttemptsThatFail() {
        _ = render(String(repeating: "[](a()", count: 20_000))
        _ = render(String(repeating: "[a](b \"", count: 20_000))
        _ = render(String(repeating: "[a](<b", count: 20_000))
        _ = render(String(repeating: "[", count: 25_000) + String(repeating: "](x)", count: 25_000))
        _ = render(String(repeating: "![", count: 25_000) + String(repeating: "](x)", count: 25_000))
    }

    @Test func manyBacktickRunsAndAngleBrackets() {
        _ = render((1...300).map { String(repeating: "`", count: $0) }.joined(separator: " x "))
        _ = render(String(repeating: "<a:", count: 30_000))
        _ = render(String(repeating: "&#", count: 30_000) + String(repeating: "&amp", count: 30_000))
    }

    @Test func deeplyNestedBlockquotesAreCapped() {
        let document = render(String(repeating: ">", count: 5_000) + " deep")
        #expect(Self.blockDepth(document.blocks) == MarkdownDocument.maximumNestingDepth)
        #expect(document.plainText.hasSuffix("deep"))
        _ = render(String(repeating: "> ", count: 5_000) + "a\n" + String(repeating: ">", count: 5_000))
    }

    @Test func deeplyIndentedListsAreCapped() {
        let spaces = [UInt8](repeating: 0x20, count: 10_000)
        var bytes: [UInt8] = []
        for level in 0..<5_000 {
            bytes.append(contentsOf: spaces[..<(2 * level)])
            bytes.append(contentsOf: "- item \(level)\n".utf8)
        }
        let document = render(String(decoding: bytes, as: UTF8.self))
        #expect(Self.blockDepth(document.blocks) <= 2 * MarkdownDocument.maximumNestingDepth)
        #expect(document.plainText.contains("item 4999"))
    }

    @Test func deeplyNestedListMarkersOnOneLineAreCapped() {
        let document = render(String(repeating: "- + ", count: 2_500) + "x")
        #expect(Self.blockDepth(document.blocks) <= 2 * MarkdownDocument.maximumNestingDepth)
        _ = render(String(repeating: "1. ", count: 5_000) + "x")
    }

    @Test func binaryGarbage() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<20 {
            let scalars = (0..<20_000).compactMap { _ in Unicode.Scalar(UInt32(generator.next() % 0x300)) }
            _ = render(String(String.UnicodeScalarView(scalars)))
        }
        let markdownBytes = Array("*_`[]()<>!&#;\\ \n\t->1.#".unicodeScalars)
        for _ in 0..<20 {
            let scalars = (0..<20_000).map { _ in markdownBytes[Int(generator.next() % UInt64(markdownBytes.count))] }
            _ = render(String(String.UnicodeScalarView(scalars)))
        }
    }

    @Test func longLinesAndManyLines() {
        _ = render(String(repeating: "word ", count: 200_000))
        _ = render(String(repeating: "line\n", count: 100_000))
        _ = render(String(repeating: " ", count: 100_000) + "x")
        _ = render(String(repeating: "\t", count: 100_000) + "x")
    }

    static func blockDepth(_ blocks: [MarkdownBlock]) -> Int {
        blocks.map { block in
            switch block {
            case .blockquote(let children): 1 + blockDepth(children)
            case .bulletList(let items, _), .orderedList(_, let items, _):
                1 + (items.map { blockDepth($0.blocks) }.max() ?? 0)
            default: 0
            }
        }.max() ?? 0
    }

    static func inlineDepth(_ blocks: [MarkdownBlock]) -> Int {
        func depth(_ inlines: [MarkdownInline]) -> Int {
            inlines.map { inline in
                switch inline {
                case .emphasis(let children), .strong(let children), .link(_, _, let children): 1 + depth(children)
                default: 0
                }
            }.max() ?? 0
        }
        return blocks.map { block in
            if case .paragraph(let inlines) = block { depth(inlines) } else { 0 }
        }.max() ?? 0
    }
}

/// A tiny deterministic generator, so the garbage is the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
