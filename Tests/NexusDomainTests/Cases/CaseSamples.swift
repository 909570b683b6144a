import NexusDomain

/// A small valid case, for the domain tests to change one thing at a time.
enum CaseSamples {
    static let references = CaseReferences(
        regions: ["west-africa-sahel", "balkans"], practices: ["consistent-legal-frameworks"], instruments: ["unscr-2133"])

    static func valid() -> NexusCase {
        NexusCase(
            id: "sample-case", status: .published, origin: .composite, title: TranslatableText("A sample case"),
            summary: TranslatableText("What happened."), periodStart: PartialDate("2013"), periodEnd: PartialDate("2014"),
            regions: ["west-africa-sahel"], form: .transactional, stage: .cooperation, practices: ["consistent-legal-frameworks"],
            instruments: ["unscr-2133"],
            sources: [CaseSource(id: "s1", citation: "A report", url: "https://example.org/report", grade: AdmiraltyGrade(.b, .probable))],
            actors: [
                CaseActor(id: "a1", type: .organisedCrimeGroup, alias: TranslatableText("Group A")),
                CaseActor(id: "a2", type: .terroristGroup, alias: TranslatableText("Armed group B")),
            ],
            relationships: [CaseRelationship(id: "r1", from: "a1", to: "a2", type: .supplies, source: "s1")],
            events: [CaseEvent(id: "e1", date: PartialDate("2013-02")!, text: TranslatableText("It began."))])
    }
}
