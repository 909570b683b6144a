import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// The library of reusable injects and question sets on the web, on both engines: kept
/// from a scenario's page, found by a word of their texts, added to a phase, removed; for
/// those who design exercises only.
@Suite("The library of injects and questions")
struct ExerciseLibraryWebTests {
    @Test("kept, searched, added to a phase and removed", arguments: TestEngine.available)
    func library(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await ScenarioWebTests.seed($0, tokens: tokens) }) {
            client in
            let browser = TestBrowser(client)
            try await browser.signIn("designer@example.org", CaseLibraryWebTests.password)
            let page = try await browser.get("/en/scenarios/sample-exercise")
            #expect(page.body.contains("<option value=\"i2\">Police report</option>"))
            let kept = try await browser.post("/en/scenarios/sample-exercise/keep", [("inject", "i2")])
            #expect(kept.status == .seeOther && kept.headers[.location] == "/en/scenarios/sample-exercise?done=kept")
            #expect(try await browser.post("/en/scenarios/sample-exercise/keep", [("questions", "p1")]).status == .seeOther)
            #expect(try await browser.post("/en/scenarios/sample-exercise/keep", [("inject", "nothing")]).status == .notFound)

            let all = try await browser.get("/en/scenarios/library")
            #expect(all.status == .ok && all.body.contains("Items found: 2"))
            let found = try await browser.get("/en/scenarios/library?q=HEADQUARTERS")
            #expect(found.body.contains("Items found: 1") && found.body.contains("Police report"))
            let sets = try await browser.get("/en/scenarios/library?kind=question-set")
            #expect(sets.body.contains("Items found: 1") && sets.body.contains("Who leads the investigation?"))
            #expect(try await browser.get("/en/scenarios/library?q=%25").body.contains("Items found: 0"), "a typed % is not a wildcard")

            let added = try await browser.post("/en/scenarios/library/sample-exercise-i2/insert", [("target", "sample-exercise|0|1")])
            #expect(added.status == .seeOther && added.headers[.location] == "/en/scenarios/sample-exercise?done=inserted")
            let handbook = try await browser.get("/en/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(handbook.body.components(separatedBy: "Police report").count == 5, "two injects, each in the events list and its phase")
            let stale = try await browser.post("/en/scenarios/library/sample-exercise-i2/insert", [("target", "sample-exercise|0|1")])
            #expect(stale.status == .unprocessableContent && stale.body.contains("Someone saved the scenario"))
            let nowhere = try await browser.post("/en/scenarios/library/sample-exercise-i2/insert", [("target", "")])
            #expect(nowhere.status == .unprocessableContent && nowhere.body.contains("Choose the scenario and phase"))

            let removed = try await browser.post("/en/scenarios/library/sample-exercise-i2/delete", [])
            #expect(removed.status == .seeOther)
            #expect(try await browser.get("/en/scenarios/library").body.contains("Items found: 1"))
            #expect(try await browser.post("/en/scenarios/library/sample-exercise-i2/delete", []).status == .notFound)

            let viewer = TestBrowser(client)
            try await viewer.signIn("reader@example.org", CaseLibraryWebTests.password)
            #expect(try await viewer.get("/en/scenarios/library").status == .forbidden)
        }
    }
}
