import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Sessions and language preference")
struct SessionLanguageTests {
    @Test("the interface follows the signed-in user's language: after sign-in, at the root, after changing it", arguments: TestEngine.available)
    func preferredLanguage(engine: TestEngine) async throws {
        try await TestApp.run(
            engine: engine, content: Fixtures.testContent,
            seed: { accounts in
                _ = try await accounts.createUser(
                    email: "amal@example.org", name: "Amal", password: AuthTests.password, roles: [.viewer],
                    preferredLanguage: .ar, by: .commandLine)
            }
        ) { client in
            let browser = TestBrowser(client)
            let signedIn = try await browser.signIn("amal@example.org", AuthTests.password, language: "en")
            #expect(signedIn.headers[.location] == "/ar", "sign-in lands on the home page in Arabic")
            #expect(try await browser.get("/").headers[.location] == "/ar", "the root follows the preference, not Accept-Language")
            try await browser.get("/ar/account")
            let saved = try await browser.post("/ar/account", [("name", "Amal"), ("language", "sq")])
            #expect(saved.headers[.location]?.hasPrefix("/sq/account") == true, "a new preference takes effect at once")
            #expect(try await browser.get("/", headers: [.acceptLanguage: "fr"]).headers[.location] == "/sq")
        }
    }

    @Test(
        "signing in from a page in French or Arabic lands there on one's own work page, and remembers the language", arguments: TestEngine.available)
    func signInLanguage(engine: TestEngine) async throws {
        try await TestApp.run(
            engine: engine, content: Fixtures.testContent,
            seed: { accounts in
                _ = try await accounts.createUser(
                    email: "officer@example.org", name: "Olivier", password: AuthTests.password, roles: [.programmeOfficer],
                    by: .commandLine)
                _ = try await accounts.createUser(
                    email: "translator@example.org", name: "Tariq", password: AuthTests.password, roles: [.translator], languages: [.ar],
                    by: .commandLine)
            }
        ) { client in
            let officer = TestBrowser(client)
            let signedIn = try await officer.signIn("officer@example.org", AuthTests.password, language: "fr")
            #expect(signedIn.headers[.location] == "/fr/evidence/manage", "the officer's desk, in French")
            #expect(try await officer.get("/").headers[.location] == "/fr", "and French is remembered")
            let translator = TestBrowser(client)
            let arabic = try await translator.signIn("translator@example.org", AuthTests.password, language: "ar")
            #expect(arabic.headers[.location] == "/ar/translate")
            // From an English page (where default links lead) the remembered language stands.
            let again = TestBrowser(client)
            #expect(try await again.signIn("translator@example.org", AuthTests.password, language: "en").headers[.location] == "/ar/translate")
        }
    }

    @Test("a form sent with a session that has ended gets 401 in the page's language and changes nothing", arguments: TestEngine.available)
    func endedSession(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", AuthTests.password)
            try await editor.get("/fr/edit/practices/first")
            let session = try #require(await editor.cookie("nexus_session"))
            let token = try #require(await editor.csrfToken)
            try await editor.get("/en/account")
            try await editor.post("/en/sign-out", [])
            let stale = TestBrowser(client)
            await stale.setCookie("nexus_session", session)
            let sent = try await stale.post(
                "/fr/edit/practices/first",
                WorkflowTests.practiceForm(title: "Never saved", steps: ["One."]) + [("action", "publish")],
                csrf: token)
            #expect(sent.status == .unauthorized)
            #expect(sent.body.contains("Veuillez vous connecter pour continuer."))
            #expect(!(try await client.get("/en/practices/1").body.contains("Never saved")))
        }
    }
}

@Suite("Account administration through the web")
struct AccountAdministrationTests {
    @Test("an administrator resets a password: the old one and the user's sessions stop, the new one works", arguments: TestEngine.available)
    func resetPassword(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", AuthTests.password)
            let admin = TestBrowser(client)
            try await admin.signIn("admin@example.org", AuthTests.password)
            let userPage = try await Self.userPage(of: "editor@example.org", admin)
            try await admin.get(userPage)
            #expect(try await admin.post(userPage + "/password", [("password", "short")]).status == .badRequest)
            #expect(try await admin.post(userPage + "/password", [("password", "a brand new passphrase")]).status == .seeOther)
            #expect(try await editor.get("/en/edit").status == .seeOther, "the editor's open session has ended")
            #expect(try await TestBrowser(client).signIn("editor@example.org", AuthTests.password).status == .unauthorized)
            #expect(try await TestBrowser(client).signIn("editor@example.org", "a brand new passphrase").status == .seeOther)
        }
    }

    @Test("revoking a token in the web stops it at once", arguments: TestEngine.available)
    func revokeToken(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let admin = TestBrowser(client)
            try await admin.signIn("admin@example.org", AuthTests.password)
            let userPage = try await Self.userPage(of: "admin@example.org", admin)
            try await admin.get(userPage)
            let issued = try await admin.post(userPage + "/tokens", [("name", "reporting"), ("role", "admin")]).body
            let secret = try #require(issued.firstMatch(of: /nxt_[A-Za-z0-9_-]+/)).output
            #expect(try await client.get("/api/v1/users", headers: [.authorization: "Bearer \(secret)"]).status == .ok)
            let revoke = try #require(issued.firstMatch(of: /action="(\/en\/admin\/tokens\/[a-z0-9-]+\/revoke)"/)).output.1
            #expect(try await admin.post(String(revoke), []).status == .seeOther)
            #expect(try await client.get("/api/v1/users", headers: [.authorization: "Bearer \(secret)"]).status == .unauthorized)
        }
    }

    @Test("a wrong current password changes nothing; repeated failed sign-ins are slowed with 429 and Retry-After", arguments: TestEngine.available)
    func ownPasswordAndThrottling(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", AuthTests.password)
            try await editor.get("/fr/account")
            let wrong = try await editor.post("/fr/account/password", [("current", "not my password"), ("password", "a brand new passphrase")])
            #expect(wrong.status == .badRequest)
            #expect(try await TestBrowser(client).signIn("editor@example.org", AuthTests.password).status == .seeOther)
            let guesser = TestBrowser(client)
            // Five free failures, then a wait of a second: one of the next three attempts, made
            // at once, is refused even on a slow machine.
            var refused: TestBrowser.Page?
            for _ in 1...8 where refused == nil {
                let page = try await guesser.signIn("fr@example.org", "guess guess guess", language: "fr")
                if page.status == .tooManyRequests { refused = page } else { #expect(page.status == .unauthorized) }
            }
            #expect(Int(refused?.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(refused?.body.contains("lang=\"fr\"") == true)
        }
    }

    static func userPage(of email: String, _ admin: TestBrowser) async throws -> String {
        let list = try await admin.get("/en/admin/users").body
        let row = try #require(list.components(separatedBy: "<tr>").first { $0.contains(email) })
        let href = try #require(row.firstMatch(of: /href="(\/en\/admin\/users\/[a-z0-9-]+)"/)).output.1
        return String(href)
    }
}
