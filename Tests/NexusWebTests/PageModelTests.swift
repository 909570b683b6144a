import NexusApplication
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Page models built from the test fixture content, checked without HTML.
@Suite("Page models")
struct PageModelTests {
    static let snapshot = try! ContentImport.check(directory: Fixtures.testContent).snapshot
    static let localization = try! Localization.bundled()

    private func env(_ language: Language) -> PageEnvironment {
        PageEnvironment(
            snapshot: Self.snapshot, language: language, t: Self.localization[language], markdown: MarkdownRenderer(),
            shapes: try! CountryShapes.bundled)
    }

    @Test("a practice shows its steps, actors and official standards in the reader's language")
    func practice() throws {
        let practice = try #require(Self.snapshot.practice(.number(1)))
        let model = PracticePage.model(practice, env(.ar))
        #expect(model.label == "الممارسة الجيدة 1")
        #expect(model.steps.map(\.label) == ["الخطوة 1", "الخطوة 2"])
        #expect(model.steps.first?.html == "<p>استعراض القوانين.</p>")
        #expect(model.stepsMissing == nil)
        #expect(model.actors.map(\.href) == ["/ar/actors/police"])
        #expect(model.standards?.note == nil, "official standards carry no editorial note")
        #expect(model.standards?.items.first?.label == "2000")
        #expect(model.initiatives?.note != nil, "initiatives default to an editorial selection")
        #expect(model.related.first?.href == "/ar/practices/pending")
        #expect(model.item.lang == nil)
    }

    @Test("a practice without steps says that they await the official text")
    func awaitingText() throws {
        let model = PracticePage.model(try #require(Self.snapshot.practice(.number(3))), env(.en))
        #expect(model.steps.isEmpty)
        #expect(model.stepsMissing == "The key actions of this practice await the official text.")
        #expect(model.actorsMissing != nil)
        #expect(model.item.provenance.statusLabel == "Awaiting the official text")
    }

    @Test("an untranslated practice falls back to English with a notice and a lang attribute")
    func fallback() throws {
        let page = try #require(PracticePage.page(.slug("pending"), env(.fr)))
        #expect(page.layout.notices == [Self.localization[.fr](.noticeFallback, ["language": "Français"])])
        let model = try #require(page.model as? PracticePage.Model)
        #expect(model.item.title == "An unnumbered recommendation")
        #expect(model.item.lang == "en" && model.item.dir == "ltr")
        #expect(model.label == Self.localization[.fr](.practiceUnnumbered))
        #expect(page.layout.canonicalHref == "/fr/practices/pending")
    }

    @Test("a stale translation is shown with a notice")
    func stale() throws {
        let page = try #require(InstrumentPages.detail("treaty", env(.fr)))
        #expect(page.layout.notices == [Self.localization[.fr](.noticeStale)])
    }

    @Test("a practice reached by its slug names its number as canonical")
    func canonical() throws {
        let page = try #require(PracticePage.page(.slug("first"), env(.sq)))
        #expect(page.layout.canonicalHref == "/sq/practices/1")
        #expect(page.layout.languages.map(\.href) == ["/en/practices/first", "/fr/practices/first", "/ar/practices/first", "/sq/practices/first"])
    }

    @Test("the practice list groups by section and names the numbers still missing")
    func practiceList() {
        let model = PracticeListPage.model(env(.en))
        #expect(model.sections.map(\.label) == ["Section A", "Section B"])
        #expect(model.sections.first?.practices.map(\.href) == ["/en/practices/1", "/en/practices/3", "/en/practices/pending"])
        #expect(model.awaiting?.contains(": 2.") == true)
    }

    @Test(
        "number ranges read naturally",
        arguments: [
            ([3, 4, 5, 6], "3–6"), ([2], "2"), ([3, 4, 7, 9, 10], "3–4, 7, 9–10"), ([], ""),
        ])
    func ranges(numbers: [Int], text: String) {
        #expect(PracticeListPage.ranges(numbers) == text)
    }

    @Test("the layout is right to left in Arabic and marks the current section")
    func layout() {
        let layout = HomePage.page(env(.ar)).layout
        #expect(layout.dir == "rtl" && layout.lang == "ar")
        #expect(layout.navigation.filter(\.isCurrent).map(\.href) == ["/ar"])
        #expect(layout.documentTitle == "Nexus Toolkit")
        let practice = PracticePage.page(.number(1), env(.en))!.layout
        #expect(practice.navigation.filter(\.isCurrent).map(\.href) == ["/en/practices"])
    }

    @Test("the concept index groups sections, and detail pages link their siblings")
    func concept() throws {
        let index = try #require(ConceptPages.index(env(.sq)).model as? ConceptPages.IndexModel)
        #expect(index.groups.map(\.heading) == [Self.localization[.sq](.conceptGroupForms)])
        let section = try #require(ConceptPages.section("form-one", env(.sq))?.model as? ConceptPages.SectionModel)
        #expect(section.item.title == "Forma një")
        #expect(section.item.provenance.note == "Forma një — note")
    }

    @Test("initiatives show their period")
    func initiative() {
        let initiative = Self.snapshot.initiative(slug: "project")!
        #expect(InitiativePages.period(initiative, env(.en)) == "since 2016")
    }
}
