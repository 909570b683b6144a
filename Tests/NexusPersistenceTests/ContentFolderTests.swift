import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Reading, checking and importing content folders")
struct ContentFolderTests {
    private static let theme = """
        ---
        letter: A
        status: confirmed
        sources: ["https://example.org"]
        title: "Legal"
        summary: "Laws."
        ---
        Body.
        """

    @Test("the bundled content is complete and clean in every language")
    func bundledContentIsClean() throws {
        let result = try ContentImporter.check(directory: Fixtures.bundledContent)
        #expect(result.problems.isEmpty,
                "\(result.problems.count) problems, the first: \(result.problems.prefix(5).map(\.description).joined(separator: "; "))")
        #expect(result.snapshot.practice(.number(1)) != nil && result.snapshot.practice(.number(2)) != nil)
        #expect(result.snapshot.instruments.count >= 40)
        #expect(result.snapshot.practice(.number(23))?.info.status == .awaitingOfficialText)
        #expect(result.snapshot.practices.filter { $0.info.status == .numberPending }.count == 10)
        #expect(result.snapshot.meetings.map(\.info.slug) == ["algiers-2017", "tirana-2018", "singapore-2018", "nairobi-2018"])
        #expect(result.snapshot.regions.count == 4)
        #expect(result.snapshot.themes.map(\.letter) == ["A", "B", "C", "D"])
    }

    @Test("unreadable files are reported with their path and the reason")
    func unreadableFiles() throws {
        let folder = try Fixtures.makeContentFolder([
            "themes/a/en.md": Self.theme,
            "themes/a/fr.md": "no front matter here",
            "themes/a/de.md": Self.theme,
            "themes/b/en.md": "---\ntitle: [unclosed\n---\n",
            "scrapbook/x/en.md": Self.theme,
        ])
        let contents = try ContentFolderReader.read(directory: folder)
        let byLocation = Dictionary(grouping: contents.problems, by: \.location)
        #expect(byLocation["themes/a/fr.md"]?.first?.message.contains("must start with a `---` line") == true)
        #expect(byLocation["themes/a/de.md"]?.first?.message.contains("file names are language codes") == true)
        #expect(byLocation["themes/b/en.md"]?.first?.message.contains("not valid YAML") == true)
        #expect(byLocation["scrapbook"]?.first?.severity == .warning)
        #expect(contents.documents.map(\.location) == ["themes/a/en.md"])
    }

    @Test("a missing folder is a clear error")
    func missingFolder() {
        #expect(throws: ContentFolderReader.FolderUnreadable.self) {
            try ContentFolderReader.read(directory: "/nonexistent/content")
        }
    }

    @Test("a folder with errors imports nothing", arguments: TestEngine.available)
    func refusesErrors(engine: TestEngine) async throws {
        let folder = try Fixtures.makeContentFolder([
            "themes/a/en.md": Self.theme,
            "practices/broken/en.md": "---\ntheme: zz\nstatus: confirmed\nsources: [\"https://e.org\"]\ntitle: T\nsummary: S\n---\n",
        ])
        try await TestDatabase.withDatabase(engine) { database throws in
            let repository = ContentRepository(database: database)
            let report = try await ContentImporter(repository: repository).importFolder(folder)
            #expect(report.wasRefused)
            #expect(report.problems.contains { $0.category == .reference })
            #expect(try await repository.publishedDocuments().isEmpty)
        }
    }

    @Test("importing the bundled content twice is idempotent", arguments: TestEngine.available)
    func importTwice(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let importer = ContentImporter(repository: ContentRepository(database: database))
            let first = try #require(try await importer.importFolder(Fixtures.bundledContent).summary)
            #expect(first.created > 100 && first.updated == 0)
            let second = try #require(try await importer.importFolder(Fixtures.bundledContent).summary)
            #expect(second == .init(unchanged: first.created))
        }
    }
}
