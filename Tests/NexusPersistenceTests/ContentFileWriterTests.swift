import Foundation
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Writing content files")
struct ContentFileWriterTests {
    @Test("a written file reads back as the same document, whatever its characters")
    func roundTrip() throws {
        let document = ContentDocument(
            kind: .practice, slug: "quoting", language: .ar,
            fields: [
                "source_hash": .string("0123456789abcdef"),
                "title": .string("«عنوان» with \"quotes\", a colon: and a backslash \\"),
                "summary": .string("Line one\nline two\ttabbed"),
                "key_actions": .list([.string("- not a list"), .string("# not a heading"), .string("yes")]),
            ], body: "Body **bold**.")
        let folder = try Fixtures.makeContentFolder([:])
        try ContentFileWriter.write(document, into: folder)
        let read = try ContentFolderReader.read(directory: folder)
        #expect(read.problems.isEmpty)
        #expect(read.documents == [document])
    }

    @Test("fields come out in schema order, the source hash first")
    func order() {
        let text = ContentFileWriter.text(
            of: ContentDocument(
                kind: .instrument, slug: "x", language: .en,
                fields: [
                    "url": .string("https://e.org"), "year": .int(2000), "title": .string("T"), "status": .string("confirmed"),
                ], body: ""))
        #expect(text == "---\nstatus: \"confirmed\"\ntitle: \"T\"\nyear: 2000\nurl: \"https://e.org\"\n---\n")
    }
}
