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
}
