import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Checking and importing content folders")
struct ContentImportTests {
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
        let result = try ContentImport.check(directory: Fixtures.bundledContent)
        #expect(
            result.problems.isEmpty,
            "\(result.problems.count) problems, the first: \(result.problems.prefix(5).map(\.description).joined(separator: "; "))")
        #expect(result.snapshot.practice(.number(1)) != nil && result.snapshot.practice(.number(2)) != nil)
        #expect(result.snapshot.instruments.count >= 40)
        #expect(result.snapshot.practice(.number(23))?.info.status == .awaitingOfficialText)
        #expect(result.snapshot.practices.filter { $0.info.status == .numberPending }.count == 10)
        #expect(result.snapshot.meetings.map(\.info.slug) == ["algiers-2017", "tirana-2018", "singapore-2018", "nairobi-2018"])
        #expect(result.snapshot.regions.count == 4)
        #expect(result.snapshot.themes.map(\.letter) == ["A", "B", "C", "D"])
    }

    @Test("a folder with errors imports nothing", arguments: TestEngine.available)
    func refusesErrors(engine: TestEngine) async throws {
        let folder = try Fixtures.makeContentFolder([
            "themes/a/en.md": Self.theme,
            "practices/broken/en.md": "---\ntheme: zz\nstatus: confirmed\nsources: [\"https://e.org\"]\ntitle: T\nsummary: S\n---\n",
        ])
        try await TestServices.run(engine) { services in
            let report = try await services.contentImport.importFolder(folder, by: .commandLine)
            #expect(report.wasRefused)
            #expect(report.problems.contains { $0.category == .reference })
            #expect(try await services.content.publishedDocuments().isEmpty)
        }
    }

    @Test("importing the bundled content twice is idempotent", arguments: TestEngine.available)
    func importTwice(engine: TestEngine) async throws {
        try await TestServices.run(engine) { services in
            let importer = services.contentImport
            let first = try #require(try await importer.importFolder(Fixtures.bundledContent, by: .commandLine).summary)
            #expect(first.created > 100 && first.updated == 0)
            #expect(services.store.snapshot.practices.count == 13, "the snapshot follows the import")
            let toolkitDocuments = try await services.search.count(source: ToolkitSearchSource.source)
            #expect(toolkitDocuments > 300, "the import writes the search documents in its transaction")
            let second = try #require(try await importer.importFolder(Fixtures.bundledContent, by: .commandLine).summary)
            #expect(second.unchanged == first.created && !second.changedAnything)
        }
    }
}
