import Foundation
import NexusDomain
import Testing

@Suite("Planning what an imported document writes")
struct DocumentImportPlannerTests {
    static let text = """
        A. Legal considerations
        The law.

        Good Practice 2: Strengthen anti-corruption law

        Integrity in state institutions deters officials.6 More follows.

        Key actions
        Step 1 – Assess.
        Step 2 – Promote.
        Key actors
        Public sector
        Private sector

        6 See the Convention against Corruption.
        """

    private func existingPractice() -> ContentDocument {
        ContentDocument(
            kind: .practice, slug: "strengthen-anti-corruption-law", language: .en,
            fields: [
                "number": .int(2), "theme": .string("a"), "status": .string("partly-confirmed"),
                "sources": .list([.string("https://example.org/brief")]), "standards": .list([.string("uncac")]),
                "title": .string("Our title"), "summary": .string("Ours."), "status_note": .string("Partly."),
                "key_actions": .list([.string("One."), .string("Two.")]),
            ], body: "Our body.")
    }

    @Test("English from the document replaces the text, keeps the editors' links and becomes confirmed")
    func english() throws {
        let recognized = DocumentRecognizer.recognize(Self.text, language: .en)
        let plan = DocumentImportPlanner.plan(recognized, existing: [existingPractice()], source: "https://example.org/gctf.pdf", replace: true)
        let practice = try #require(plan.writes.first { $0.document.kind == .practice }?.document)
        #expect(practice.slug == "strengthen-anti-corruption-law")
        #expect(practice.fields["title"] == .string("Strengthen anti-corruption law"))
        #expect(practice.fields["standards"] == .list([.string("uncac")]))
        #expect(practice.fields["status"] == .string("confirmed") && practice.fields["status_note"] == nil)
        #expect(practice.fields["sources"] == .list([.string("https://example.org/brief"), .string("https://example.org/gctf.pdf")]))
        #expect(practice.fields["key_actions"] == .list([.string("Assess."), .string("Promote.")]))
        #expect(practice.fields["key_actors_note"] == .string("Public sector; Private sector"))
        #expect(practice.fields["summary"] == .string("Integrity in state institutions deters officials."))
        #expect(practice.body.hasSuffix("**References**\n\n- (6) See the Convention against Corruption."))
        #expect(SchemaValidator.problems(in: practice).isEmpty)
    }

    @Test("without --replace an existing file is reported, not written")
    func keepsExisting() {
        let recognized = DocumentRecognizer.recognize(Self.text, language: .en)
        let plan = DocumentImportPlanner.plan(recognized, existing: [existingPractice()], source: "https://e.org/x.pdf", replace: false)
        #expect(!plan.writes.contains { $0.document.kind == .practice })
        #expect(plan.skips.contains { $0.location == "practices/strengthen-anti-corruption-law/en.md" })
    }

    @Test("a translation records the current English hash, and one with other steps is refused")
    func translations() throws {
        let french = Self.text.replacingOccurrences(of: "Good Practice", with: "Bonne pratique")
            .replacingOccurrences(of: "Key actions", with: "Actions clés").replacingOccurrences(of: "Step", with: "Étape")
            .replacingOccurrences(of: "Key actors", with: "Acteurs clés")
        let english = existingPractice()
        let plan = DocumentImportPlanner.plan(
            DocumentRecognizer.recognize(french, language: .fr), existing: [english], source: "https://e.org/fr.pdf", replace: false)
        let translation = try #require(plan.writes.first { $0.document.kind == .practice }?.document)
        #expect(translation.fields["source_hash"] == .string(SourceHash.of(english)))
        #expect(translation.fields["number"] == nil && translation.fields["theme"] == nil)
        #expect(SchemaValidator.problems(in: translation).isEmpty)

        let threeSteps = french.replacingOccurrences(of: "Étape 2 – Promote.", with: "Étape 2 – Promote.\nÉtape 3 – More.")
        let refused = DocumentImportPlanner.plan(
            DocumentRecognizer.recognize(threeSteps, language: .fr), existing: [english], source: "https://e.org/fr.pdf", replace: false)
        #expect(refused.skips.contains { $0.reason.contains("has 3 steps here but 2 in English") })
    }

    @Test("new English practices get a folder named after their title")
    func newPractice() throws {
        let plan = DocumentImportPlanner.plan(
            DocumentRecognizer.recognize(Self.text, language: .en), existing: [], source: "https://e.org/x.pdf", replace: false)
        #expect(plan.writes.map(\.document.location) == ["themes/a/en.md", "practices/strengthen-anti-corruption-law/en.md"])
    }
}
