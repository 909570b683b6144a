import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Translating cases: the translators' dashboard lists the cases of their languages with
/// what is missing or stale, and the side-by-side form saves only the texts of one language.
@Suite("Translating cases")
struct CaseTranslationWebTests {
    static let password = AuthTests.password

    @Test("a translator sees what is missing and stale in a case, and writes it beside the original", arguments: TestEngine.available)
    func translate(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let translator = TestBrowser(client)
            try await translator.signIn("fr@example.org", Self.password)
            // The fixture's public case is fully in French; the members-only case is not translated.
            let dashboard = try await translator.get("/en/translate").body
            #expect(dashboard.contains("/en/translate/fr/cases/members-only"))
            #expect(!dashboard.contains("/en/translate/fr/cases/open-network"))
            #expect(!dashboard.contains("/en/translate/fr/cases/trainers-only"))
            #expect(!dashboard.contains("/en/translate/ar/cases"))
            #expect(try await translator.get("/en/translate?show=all").body.contains("/en/translate/fr/cases/open-network"))

            let form = try await translator.get("/en/translate/fr/cases/members-only")
            #expect(form.status == .ok)
            #expect(form.body.contains("class=\"source-text\" lang=\"en\""))
            #expect(form.body.contains("name=\"text/title\""))
            #expect(try await translator.get("/en/translate/fr/cases/trainers-only").status == .notFound)
            #expect(try await translator.get("/en/translate/ar/cases/members-only").status == .forbidden)
            // A translator's own case page: the case is read as they may read it.
            #expect(try await translator.get("/en/translate/fr/cases/draft-case").status == .notFound)

            let saved = try await translator.post(
                "/en/translate/fr/cases/members-only",
                [("revision", "1"), ("text/title", "Une affaire pour les membres"), ("text/summary", "Un résumé en français.")])
            #expect(saved.status == .seeOther)
            let french = try await translator.get("/fr/cases/members-only").body
            #expect(french.contains("Une affaire pour les membres"))
            #expect(french.contains("Un résumé en français."))
            // Partly translated: the dashboard names what is still missing.
            let partly = try await translator.get("/en/translate").body
            #expect(partly.contains("/en/translate/fr/cases/members-only"))
            #expect(partly.contains("Actor 1 — Alias"))

            // An editor's case, translated, whose English title then changes: the French title is stale.
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            try await editor.get("/en/cases/new")
            let fields = CaseEditorWebTests.fields()
            #expect(try await editor.post("/en/cases/new", fields).status == .seeOther)
            let texts = [("text/title", "Le réseau du port"), ("text/actors/a1/alias", "la bande du port")]
            #expect(try await translator.post("/en/translate/fr/cases/harbour-network", [("revision", "1")] + texts).status == .seeOther)
            let retitled = CaseEditorWebTests.replacing(fields, "title", with: "The harbour network, revisited")
            #expect(try await editor.post("/en/cases/harbour-network/edit", retitled + [("revision", "2")]).status == .seeOther)
            let listed = try await translator.get("/en/translate").body
            let row = try #require(listed.firstMatch(of: /cases\/harbour-network"[^\n]*\n[^\n]*\n[^\n]*/)).0
            #expect(row.contains("Title"))
            #expect(!row.contains("Alias"))
            let staleForm = try await translator.get("/en/translate/fr/cases/harbour-network").body
            #expect(staleForm.contains("The original changed after this translation was made."))
            #expect(staleForm.contains("The harbour network, revisited"))

            // A form loaded before another save is refused, with the translator's text kept.
            let late = try await translator.post(
                "/en/translate/fr/cases/harbour-network", [("revision", "2"), ("text/title", "Un titre tardif")])
            #expect(late.status == .conflict)
            #expect(late.body.contains("value=\"Un titre tardif\""))
            #expect(late.body.contains("name=\"revision\" value=\"3\""))
            #expect(late.body.contains("<li>Title</li>"))
        }
    }

    @Test("the translation use case changes only the texts of its language")
    func onlyTexts() {
        let record = NexusCase(
            id: "one", origin: .composite, title: TranslatableText("Title"), summary: TranslatableText("Summary"),
            analysis: TranslatableText("Analysis"),
            form: .transactional, stage: .coexistence,
            actors: [CaseActor(id: "a1", type: .facilitator, alias: TranslatableText("the broker"))])
        let translated = record.translated(["title": "Titre", "actors.a1.alias": "l'intermédiaire", "nonsense": "x"], into: .fr)
        #expect(translated.title[.fr] == "Titre")
        #expect(translated.actors[0].alias[.fr] == "l'intermédiaire")
        #expect(translated.title[.en] == "Title")
        var back = translated
        back.title = record.title
        back.actors = record.actors
        #expect(back == record)
        #expect(translated.translationState(in: .fr).missing == ["summary", "analysis"])
        #expect(translated.translationState(in: .fr).stale.isEmpty)
        #expect(translated.translationState(in: .en).isDone)
    }
}
