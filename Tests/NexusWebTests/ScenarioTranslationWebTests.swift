import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// Translating a scenario from the translators' dashboard, on both engines: a facilitator
/// finds the scenario's missing French texts there, writes them side by side with the
/// original, and the French manual then reads in French; a stale form is refused, and a
/// translator who does not design exercises sees no scenario at all.
@Suite("Translating scenarios")
struct ScenarioTranslationWebTests {
    static func seed(_ accounts: Accounts, tokens: TokenBox) async throws {
        try await ScenarioWebTests.seed(accounts, tokens: tokens)
        _ = try await accounts.createUser(
            email: "translator@example.org", name: "Translator", password: CaseLibraryWebTests.password, roles: [.translator],
            languages: [.fr], by: .commandLine)
    }

    @Test("the dashboard lists the scenario's missing texts; the form saves them; French players read French", arguments: TestEngine.available)
    func translate(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await Self.seed($0, tokens: tokens) }) { client in
            let browser = TestBrowser(client)
            try await browser.signIn("designer@example.org", CaseLibraryWebTests.password)
            let dashboard = try await browser.get("/en/translate")
            #expect(dashboard.status == .ok && dashboard.body.contains("href=\"/en/translate/fr/scenarios/sample-exercise\""))
            #expect(dashboard.body.contains("Objective 1 › Critical task 1 › Text"), "the missing texts are named by their place")
            #expect(!dashboard.body.contains("/en/translate/fr/practices/"), "a facilitator is not offered the toolkit")

            #expect(try await browser.get("/en/scenarios/sample-exercise").body.contains("<dt>Complete in</dt><dd>English</dd>"))
            let form = try await browser.get("/en/translate/fr/scenarios/sample-exercise")
            #expect(form.status == .ok && form.body.contains("name=\"text/phases/p1/injects/i1/title\""))
            #expect(form.body.contains("value=\"Exercice au point de passage\""))
            var fields = [("revision", "1")]
            for match in form.body.components(separatedBy: "name=\"text/").dropFirst() {
                let name = "text/" + match.prefix { $0 != "\"" }
                let existing = name == "text/title" ? "Exercice au point de passage" : "FR \(name)"
                fields.append((name, existing))
            }
            fields = fields.map { $0.0 == "text/phases/p1/injects/i1/title" ? ($0.0, "Camion arrêté") : $0 }
            let saved = try await browser.post("/en/translate/fr/scenarios/sample-exercise", fields)
            #expect(saved.status == .seeOther)
            let french = try await browser.get("/fr/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(french.body.contains("Camion arrêté"))
            let page = try await browser.get("/en/scenarios/sample-exercise")
            #expect(page.body.contains("<dt>Complete in</dt><dd>English, Français</dd>"), "French is now a complete language of the scenario")
            let done = try await browser.get("/en/translate")
            #expect(!done.body.contains("href=\"/en/translate/fr/scenarios/sample-exercise\""))

            let stale = try await browser.post("/en/translate/fr/scenarios/sample-exercise", fields)
            #expect(stale.status == .conflict && stale.body.contains("Someone saved this scenario"))
            #expect(try await browser.get("/en/translate/en/scenarios/sample-exercise").status == .notFound, "not into its own language")

            let translator = TestBrowser(client)
            try await translator.signIn("translator@example.org", CaseLibraryWebTests.password)
            let theirs = try await translator.get("/en/translate")
            #expect(theirs.status == .ok && !theirs.body.contains("/scenarios/"))
            #expect(try await translator.get("/en/translate/fr/scenarios/sample-exercise").status == .forbidden)
        }
    }
}
