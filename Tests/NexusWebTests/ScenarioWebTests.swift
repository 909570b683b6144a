import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// Scenario exercises on the web, on both engines: the fixture's sample scenario read by a
/// facilitator in its pages and manuals, exported and imported again through the browser
/// and the API, bad files refused with every problem listed, and nobody else let in.
@Suite("Scenario exercises on the web")
struct ScenarioWebTests {
    static func seed(_ accounts: Accounts, tokens: TokenBox) async throws {
        try await CaseLibraryWebTests.seed(accounts)
        let facilitator = try await accounts.createUser(
            email: "designer@example.org", name: "Designer", password: CaseLibraryWebTests.password, roles: [.facilitator],
            by: .commandLine)
        await tokens.set(
            "facilitator", try await accounts.issueToken(userID: facilitator.id, name: "f", role: .facilitator, by: .commandLine).secret)
        let viewer = try await accounts.createUser(
            email: "reader@example.org", name: "Reader", password: CaseLibraryWebTests.password, roles: [.viewer], by: .commandLine)
        await tokens.set("viewer", try await accounts.issueToken(userID: viewer.id, name: "v", role: .viewer, by: .commandLine).secret)
    }

    @Test("a facilitator reads the scenario, its handbook and its situation manual, tailored", arguments: TestEngine.available)
    func pages(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await Self.seed($0, tokens: tokens) }) { client in
            let browser = TestBrowser(client)
            try await browser.signIn("facilitator@example.org", CaseLibraryWebTests.password)
            let library = try await browser.get("/en/scenarios")
            #expect(library.status == .ok && library.body.contains("Border crossing exercise"))
            let page = try await browser.get("/en/scenarios/sample-exercise")
            #expect(page.status == .ok && page.body.contains("Values missing: [capital]") && page.body.contains("href=\"/en/cases/open-network\""))
            let handbook = try await browser.get("/en/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(handbook.status == .ok)
            // Values put in after the Markdown, dates counted from the exercise day (15 March 2027, minus 3).
            #expect(handbook.body.contains("customs in Testville stop a truck"))
            #expect(handbook.body.contains("On 12 March 2027"))
            #expect(handbook.body.contains("Call the police contact point.") && handbook.body.contains("Name one contact point"))
            #expect(handbook.body.contains("T+0:20"))
            let manual = try await browser.get("/en/scenarios/sample-exercise/situation-manual?tailoring=unfinished")
            #expect(manual.status == .ok && manual.body.contains("Who leads the investigation?"))
            #expect(!manual.body.contains("Call the police contact point.") && !manual.body.contains("Name one contact point"))
            #expect(manual.body.contains("class=\"tailoring-gap\"") && manual.body.contains("Values missing: [capital]"))
            let french = try await browser.get("/fr/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(french.body.contains("travail conjoint") && french.body.contains("la Testlandie"))
            let arabic = try await browser.get("/ar/scenarios/sample-exercise/situation-manual")
            #expect(arabic.status == .ok && arabic.body.contains("dir=\"rtl\"") && arabic.body.contains("تمرين المعبر الحدودي"))
            #expect(try await browser.get("/en/scenarios/sample-exercise/handbook?day=someday").status == .badRequest)
            #expect(try await browser.get("/en/scenarios/no-such-thing").status == .notFound)

            let viewer = TestBrowser(client)
            try await viewer.signIn("viewer@example.org", CaseLibraryWebTests.password)
            #expect(try await viewer.get("/en/scenarios/sample-exercise").status == .forbidden)
            #expect(try await viewer.get("/en/scenarios").status == .forbidden)
        }
    }

    @Test("an exported file imports unchanged; a bad one is refused with its problems and changes nothing", arguments: TestEngine.available)
    func exchange(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await Self.seed($0, tokens: tokens) }) { client in
            let token = await tokens.get("facilitator")
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            let exported = try await client.execute(uri: "/api/v1/scenarios/sample-exercise", method: .get, headers: auth) {
                ($0.status, String(buffer: $0.body))
            }
            #expect(exported.0 == .ok && exported.1.contains("\"format\" : \"nexus-scenario\""))
            let original = try ScenarioDocument.read(Data(exported.1.utf8), references: .init(practices: ["first"], actorTypes: ["police"])).get()

            // Under another identifier, the same file is a new scenario.
            let renamed = exported.1.replacingOccurrences(of: "\"id\" : \"sample-exercise\"", with: "\"id\" : \"sample-copy\"")
            let created = try await CaseExchangeWebTests.post(client, "/api/v1/scenarios/import", token: token, body: renamed)
            #expect(created.status == .created && created.body.contains("\"id\":\"sample-copy\""))
            let again = try await client.execute(uri: "/api/v1/scenarios/sample-copy", method: .get, headers: auth) { String(buffer: $0.body) }
            var copy = try ScenarioDocument.read(Data(again.utf8), references: .init(practices: ["first"], actorTypes: ["police"])).get()
            copy.id = original.id
            #expect(copy == original)

            // The same identifier again is a conflict; a broken file lists its problems.
            #expect(try await CaseExchangeWebTests.post(client, "/api/v1/scenarios/import", token: token, body: renamed).status == .conflict)
            let broken = renamed.replacingOccurrences(of: "\"sample-copy\"", with: "\"sample-broken\"")
                .replacingOccurrences(of: "\"offsetMinutes\" : 20", with: "\"offsetMinutes\" : \"soon\"")
                .replacingOccurrences(of: "\"first\"", with: "\"fourth\"")
            let refused = try await CaseExchangeWebTests.post(client, "/api/v1/scenarios/import", token: token, body: broken)
            #expect(refused.status == .unprocessableContent && refused.body.contains("$.scenario.phases[0].injects[1].offsetMinutes"))
            #expect(try await CaseExchangeWebTests.post(client, "/api/v1/scenarios/import", token: token, body: "{oops").status == .badRequest)
            #expect(
                try await CaseExchangeWebTests.post(client, "/api/v1/scenarios/import", token: await tokens.get("viewer"), body: renamed)
                    .status == .forbidden)
            let listing = try await client.execute(uri: "/api/v1/scenarios", method: .get, headers: auth) { String(buffer: $0.body) }
            #expect(listing.contains("\"total\":3") && !listing.contains("sample-broken"))

            // In the browser: a download, a duplicate, an upload and a delete.
            let browser = TestBrowser(client)
            try await browser.signIn("facilitator@example.org", CaseLibraryWebTests.password)
            let download = try await browser.get("/en/scenarios/sample-exercise/export")
            #expect(download.headers[.contentDisposition]?.contains("sample-exercise.scenario.json") == true)
            _ = try await browser.get("/en/scenarios/sample-exercise/duplicate")
            let duplicated = try await browser.post("/en/scenarios/sample-exercise/duplicate", [("id", "for-albania"), ("title", "For Albania")])
            #expect(duplicated.status == .seeOther)
            #expect(try await browser.get("/en/scenarios/for-albania").body.contains("For Albania"))
            _ = try await browser.get("/en/scenarios")
            let upload = try await browser.upload(
                "/en/scenarios/import", [], file: ("file", "bad.json", Array(broken.utf8)))
            #expect(upload.status == .unprocessableContent && upload.body.contains("$.scenario.phases[0].injects[1].offsetMinutes"))
            _ = try await browser.get("/en/scenarios/for-albania")
            #expect(try await browser.post("/en/scenarios/for-albania/delete", []).status == .seeOther)
            #expect(try await browser.get("/en/scenarios/for-albania").status == .notFound)
        }
    }
}
