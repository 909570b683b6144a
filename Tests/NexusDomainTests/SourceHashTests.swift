import NexusDomain
import Testing

@Suite("Source hashes that mark translations stale")
struct SourceHashTests {
    @Test("the hash is stable and 16 hexadecimal characters long")
    func stable() {
        let hash = SourceHash.of(Doc.practice("gp"))
        #expect(hash == SourceHash.of(Doc.practice("gp")))
        #expect(hash.count == 16 && hash.allSatisfy(\.isHexDigit))
    }

    @Test("changing the text changes the hash")
    func textChanges() {
        #expect(SourceHash.of(Doc.practice("gp")) != SourceHash.of(Doc.practice("gp", title: "Another title")))
        #expect(SourceHash.of(Doc.practice("gp")) != SourceHash.of(Doc.practice("gp", body: "Other body.")))
        #expect(SourceHash.of(Doc.practice("gp", steps: ["a"])) != SourceHash.of(Doc.practice("gp", steps: ["b"])))
    }

    @Test("changing only the structure leaves translations current")
    func structureDoesNotChangeIt() {
        let before = Doc.practice("gp", number: 1)
        let after = Doc.practice("gp", number: 7, extra: ["standards": .list([.string("untoc")])])
        #expect(SourceHash.of(before) == SourceHash.of(after))
    }

    @Test("surrounding white space does not count as a change")
    func whitespace() {
        #expect(SourceHash.of(Doc.practice("gp", body: "Body.")) == SourceHash.of(Doc.practice("gp", body: "\nBody.\n\n")))
    }
}
