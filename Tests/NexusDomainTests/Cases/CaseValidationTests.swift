import NexusDomain
import Testing

@Suite("Case validation")
struct CaseValidationTests {
    private func problems(_ change: (inout NexusCase) -> Void) -> [CaseProblem] {
        var record = CaseSamples.valid()
        change(&record)
        return CaseValidation.problems(with: record, references: CaseSamples.references)
    }

    @Test("the sample case is valid")
    func valid() {
        #expect(problems { _ in }.isEmpty)
    }

    @Test("the network must hang together: known actors and sources, no self-relations, unique ids")
    func network() {
        #expect(problems { $0.relationships[0].to = "nobody" } == [CaseProblem("relationships.r1.to", .unknownPart("nobody"))])
        #expect(problems { $0.relationships[0].source = "s9" } == [CaseProblem("relationships.r1.source", .unknownPart("s9"))])
        #expect(problems { $0.relationships[0].to = "a1" } == [CaseProblem("relationships.r1", .selfRelation)])
        #expect(problems { $0.actors[1].id = "a1" }.contains(CaseProblem("actors", .duplicate("a1"))))
        #expect(problems { $0.actors[0].alias = TranslatableText() } == [CaseProblem("actors.a1.alias", .missing)])
        #expect(problems { $0.events[0].source = "s2" } == [CaseProblem("events.e1.source", .unknownPart("s2"))])
    }

    @Test("references to the toolkit, dates, links and lengths are checked")
    func fields() {
        #expect(problems { $0.regions = ["atlantis"] } == [CaseProblem("regions", .unknownReference("atlantis"))])
        #expect(problems { $0.practices = ["gp-99"] } == [CaseProblem("practices", .unknownReference("gp-99"))])
        #expect(problems { $0.periodEnd = PartialDate("2010") } == [CaseProblem("period", .endBeforeStart)])
        #expect(problems { $0.sources[0].url = "javascript:alert(1)" } == [CaseProblem("sources.s1.url", .invalidURL("javascript:alert(1)"))])
        #expect(problems { $0.title = TranslatableText(String(repeating: "x", count: 201)) } == [CaseProblem("title", .tooLong(maximum: 200))])
        #expect(problems { $0.id = "Not a slug" } == [CaseProblem("id", .invalidIdentifier("Not a slug"))])
    }

    @Test("a published case needs a source; a draft may wait for one")
    func sources() {
        #expect(
            problems {
                $0.sources = []
                $0.relationships = []
            } == [CaseProblem("sources", .noSources)])
        #expect(
            problems {
                $0.sources = []
                $0.relationships = []
                $0.status = .draft
            }.isEmpty)
    }
}
