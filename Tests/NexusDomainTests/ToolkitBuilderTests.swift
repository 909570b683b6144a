import NexusDomain
import Testing

@Suite("Building the toolkit snapshot from documents")
struct ToolkitBuilderTests {
    /// A theme and two numbered practices, complete in every language.
    private func completeToolkit() -> [ContentDocument] {
        let theme = Doc.theme()
        let first = Doc.practice(
            "first", number: 1, extra: ["related": .list([.string("second")])],
            steps: ["Review.", "Amend."])
        let second = Doc.practice("second", number: 2)
        return [theme, first, second].flatMap { [$0] + Doc.translations(of: $0) }
    }

    @Test("complete content builds with no problem and in reading order")
    func complete() {
        let result = ToolkitBuilder.build(from: completeToolkit())
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.snapshot.practices.map(\.number) == [1, 2])
        #expect(result.snapshot.practice(.number(2))?.info.slug == "second")
        #expect(result.snapshot.practice(.slug("first"))?.related == ["second"])
        #expect(result.snapshot.practices(inTheme: "a").count == 2)
    }

    @Test("a missing translation is a warning and readers get English, flagged")
    func missingTranslation() {
        let documents = completeToolkit().filter { !($0.slug == "second" && $0.language == .fr) }
        let result = ToolkitBuilder.build(from: documents)
        #expect(result.problems.map(\.category) == [.missingTranslation])
        #expect(!result.hasErrors)
        let text = result.snapshot.practice(.number(2))!.info.text.resolve(.fr)
        #expect(text.isFallback && text.language == .en && text.text.title.hasSuffix("in en"))
    }

    @Test("a translation of an older English text is stale, and shown with that flag")
    func staleTranslation() {
        var documents = completeToolkit()
        let index = documents.firstIndex { $0.slug == "first" && $0.language == .en }!
        documents[index].body = "The English text changed."
        let result = ToolkitBuilder.build(from: documents)
        #expect(result.problems.filter { $0.category == .staleTranslation }.count == 3)
        let text = result.snapshot.practice(.number(1))!.info.text.resolve(.ar)
        #expect(text.isStale && !text.isFallback && text.language == .ar)
    }

    @Test("a reference to a missing item is an error and the link is dropped")
    func brokenReference() {
        var documents = completeToolkit()
        let index = documents.firstIndex { $0.slug == "second" && $0.language == .en }!
        documents[index].fields["standards"] = .list([.string("untoc")])
        let result = ToolkitBuilder.build(from: documents)
        #expect(result.problems.map(\.message) == ["`standards` names instruments/untoc, which does not exist"])
        #expect(result.snapshot.practice(.number(2))?.standards == [])
    }

    @Test("a practice in a theme that does not exist is reported")
    func unknownTheme() {
        let result = ToolkitBuilder.build(from: [Doc.theme(), Doc.practice("lost", theme: "z")])
        #expect(result.problems.contains { $0.category == .reference && $0.message.contains("themes/z") })
    }

    @Test("two practices with the same number are reported")
    func duplicateNumbers() {
        let result = ToolkitBuilder.build(from: [Doc.theme(), Doc.practice("one", number: 4), Doc.practice("two", number: 4)])
        #expect(result.problems.contains { $0.category == .duplicate && $0.message.contains("practice number 4") })
    }

    @Test("a translation with a different number of key actions is not used")
    func stepCountMismatch() {
        var documents = completeToolkit()
        let index = documents.firstIndex { $0.slug == "first" && $0.language == .sq }!
        documents[index].fields["key_actions"] = .list([.string("Only one.")])
        let result = ToolkitBuilder.build(from: documents)
        #expect(result.hasErrors)
        #expect(result.snapshot.practice(.number(1))!.info.text.resolve(.sq).isFallback)
    }

    @Test("translations without an English file are left out")
    func orphanTranslation() {
        let result = ToolkitBuilder.build(from: [Doc.theme(), Doc.practice("orphan", .fr)])
        #expect(result.snapshot.practices.isEmpty)
        #expect(result.problems.contains { $0.location == "practices/orphan" })
    }

    @Test("unnumbered practices come after numbered ones, and number gaps are known")
    func ordering() {
        let documents = [Doc.theme(), Doc.practice("late", number: 23), Doc.practice("pending"), Doc.practice("early", number: 1)]
        let snapshot = ToolkitBuilder.build(from: documents).snapshot
        #expect(snapshot.practices.map(\.info.slug) == ["early", "late", "pending"])
        #expect(snapshot.missingPracticeNumbers == Array(2...22))
        #expect(snapshot.practice(.slug("pending"))?.canonicalReference == .slug("pending"))
        #expect(snapshot.practice(.slug("late"))?.canonicalReference == .number(23))
    }

    @Test(
        "practice references read numbers and slugs",
        arguments: [
            ("2", PracticeReference.number(2)), ("23", .number(23)), ("strengthen-law", .slug("strengthen-law")),
            ("0", .slug("0")), ("-1", .slug("-1")),
        ])
    func references(segment: String, expected: PracticeReference) {
        #expect(PracticeReference(segment) == expected)
    }
}
