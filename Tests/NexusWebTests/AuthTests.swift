import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

/// Signing in, sessions, CSRF and tokens, through the real application.
@Suite("Signing in and the security baseline")
struct AuthTests {
    static let password = "a long test passphrase"

    static func seedPeople(_ accounts: Accounts) async throws {
        _ = try await accounts.createUser(email: "admin@example.org", name: "Ada Admin", password: password, roles: [.admin], by: .commandLine)
        _ = try await accounts.createUser(email: "editor@example.org", name: "Ed Editor", password: password, roles: [.editor], by: .commandLine)
        _ = try await accounts.createUser(
            email: "fr@example.org", name: "Françoise", password: password, roles: [.translator],
            languages: [.fr], by: .commandLine)
    }

    @Test("signing in sets an HttpOnly, SameSite session cookie and opens the account page", arguments: TestEngine.available)
    func signIn(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            let form = try await browser.get("/fr/sign-in")
            #expect(form.status == .ok && form.body.contains("name=\"_csrf\""))
            let signedIn = try await browser.post(
                "/fr/sign-in", [("email", "EDITOR@example.org"), ("password", Self.password), ("next", "/fr/edit")])
            #expect(signedIn.status == .seeOther && signedIn.headers[.location] == "/fr/edit")
            let cookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("nexus_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            let account = try await browser.get("/fr/account")
            #expect(account.status == .ok && account.body.contains("editor@example.org"))
            #expect(account.body.contains("Ed Editor"), "the header names the signed-in user")
            let practice = try await browser.get("/en/practices/1")
            #expect(practice.body.contains("/en/edit"), "signed-in pages show the work areas")
        }
    }

    @Test("a wrong password and an unknown address get the same 401 answer in the visitor's language", arguments: TestEngine.available)
    func wrongPassword(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            try await browser.get("/ar/sign-in")
            let wrong = try await browser.post("/ar/sign-in", [("email", "editor@example.org"), ("password", "not the password!")])
            let unknown = try await browser.post("/ar/sign-in", [("email", "nobody@example.org"), ("password", "not the password!")])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.body.contains("dir=\"rtl\""))
            let message = { (page: TestBrowser.Page) in page.body.components(separatedBy: "notice-error")[1].prefix(200) }
            #expect(message(wrong) == message(unknown))
            #expect(await browser.cookie("nexus_session") == nil)
        }
    }

    @Test("a form without the CSRF token is refused and changes nothing", arguments: TestEngine.available)
    func csrf(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            try await browser.get("/en/sign-in")
            let refused = try await browser.post("/en/sign-in", [("email", "editor@example.org"), ("password", Self.password)], includeCSRF: false)
            #expect(refused.status == .forbidden)
            #expect(await browser.cookie("nexus_session") == nil)
            try await browser.signIn("editor@example.org", Self.password)
            let forged = try await browser.post(
                "/en/account", [("name", "Mallory"), ("language", "en")], csrf: "forged-token-forged-token-forged-token")
            #expect(forged.status == .forbidden)
            #expect(try await browser.get("/en/account").body.contains("Ed Editor"))
        }
    }

    @Test("pages that need an account send visitors to sign in, and bring them back", arguments: TestEngine.available)
    func redirectToSignIn(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            let page = try await browser.get("/en/admin/users")
            #expect(page.status == .seeOther && page.headers[.location] == "/en/sign-in?next=/en/admin/users")
            let post = try await browser.post("/en/admin/users", [("email", "x@example.org")], includeCSRF: false)
            #expect(post.status == .unauthorized || post.status == .forbidden)
        }
    }

    @Test("a translator cannot translate into a language that is not theirs, nor edit", arguments: TestEngine.available)
    func translatorScope(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            try await browser.signIn("fr@example.org", Self.password)
            #expect(try await browser.get("/en/translate/fr/practices/first").status == .ok)
            #expect(try await browser.get("/en/translate/ar/practices/first").status == .forbidden)
            try await browser.get("/en/translate/fr/practices/first")
            let refused = try await browser.post("/en/translate/ar/practices/first", [("title", "X"), ("summary", "Y")])
            #expect(refused.status == .forbidden)
            #expect(try await browser.get("/en/edit").status == .forbidden)
        }
    }

    @Test("Secure cookies when configured; a new session at every sign-in", arguments: TestEngine.available)
    func secureAndRotated(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, secureCookies: true, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            let first = try await browser.signIn("editor@example.org", Self.password)
            #expect(first.headers[values: .setCookie].contains { $0.hasPrefix("nexus_session=") && $0.contains("; Secure") })
            let firstCookie = try #require(await browser.cookie("nexus_session"))
            try await browser.get("/en/account")  // a page of the session, for its CSRF token
            try await browser.post("/en/sign-in", [("email", "editor@example.org"), ("password", Self.password), ("next", "")])
            let secondCookie = try #require(await browser.cookie("nexus_session"))
            #expect(firstCookie != secondCookie)
            let replay = try await TestBrowser(client).get("/en/account", headers: [.cookie: "nexus_session=\(firstCookie)"])
            #expect(replay.status == .seeOther, "the session from before the new sign-in is closed")
        }
    }

    @Test("signing out ends the session", arguments: TestEngine.available)
    func signOut(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seedPeople) { client in
            let browser = TestBrowser(client)
            try await browser.signIn("editor@example.org", Self.password)
            let session = try #require(await browser.cookie("nexus_session"))
            try await browser.get("/en/account")
            #expect(try await browser.post("/en/sign-out", []).status == .seeOther)
            #expect(await browser.cookie("nexus_session") == nil)
            let replay = TestBrowser(client)
            let page = try await replay.get("/en/account", headers: [.cookie: "nexus_session=\(session)"])
            #expect(page.status == .seeOther, "the old cookie no longer opens a session")
        }
    }

    @Test(
        "GET /api/v1/users: 401 without credentials, 403 for other roles, 200 for administrators; revoked tokens fail",
        arguments: TestEngine.available)
    func usersAPI(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(
            engine: engine, content: Fixtures.testContent,
            seed: { accounts in
                try await Self.seedPeople(accounts)
                let admin = try #require(try await accounts.users.find(email: "admin@example.org")?.user)
                let editor = try #require(try await accounts.users.find(email: "editor@example.org")?.user)
                await tokens.set("admin", try await accounts.issueToken(userID: admin.id, name: "a", role: .admin, by: .commandLine).secret)
                await tokens.set("editor", try await accounts.issueToken(userID: editor.id, name: "e", role: .editor, by: .commandLine).secret)
                let revoked = try await accounts.issueToken(userID: admin.id, name: "r", role: .admin, by: .commandLine)
                try await accounts.revokeToken(id: revoked.token.id, by: .commandLine)
                await tokens.set("revoked", revoked.secret)
                var second = try await accounts.createUser(
                    email: "admin2@example.org", name: "Second", password: Self.password,
                    roles: [.admin], by: .commandLine)
                await tokens.set("deactivated", try await accounts.issueToken(userID: second.id, name: "d", role: .admin, by: .commandLine).secret)
                second.isActive = false
                try await accounts.update(second, by: .commandLine)
            }
        ) { client in
            #expect(try await client.get("/api/v1/users").status == .unauthorized)
            let editor = try await client.get("/api/v1/users", headers: [.authorization: "Bearer \(await tokens.get("editor"))"])
            #expect(editor.status == .forbidden)
            let admin = try await client.get("/api/v1/users", headers: [.authorization: "Bearer \(await tokens.get("admin"))"])
            #expect(admin.status == .ok && admin.body.contains("\"email\":\"fr@example.org\"") && !admin.body.contains("password"))
            let revoked = try await client.get("/api/v1/users", headers: [.authorization: "Bearer \(await tokens.get("revoked"))"])
            #expect(revoked.status == .unauthorized && revoked.headers[.wwwAuthenticate] == "Bearer")
            let deactivated = try await client.get("/api/v1/users", headers: [.authorization: "Bearer \(await tokens.get("deactivated"))"])
            #expect(deactivated.status == .unauthorized, "a deactivated user's token no longer works")
        }
    }
}

/// Hands values from a seed closure to the test body.
actor TokenBox {
    private var values: [String: String] = [:]
    func set(_ key: String, _ value: String) { values[key] = value }
    func get(_ key: String) -> String { values[key] ?? "" }
}

@Suite("The first administrator")
struct InitialAdminTests {
    @Test("NEXUS_ADMIN_EMAIL and NEXUS_ADMIN_PASSWORD create an administrator on first start, who can sign in", arguments: TestEngine.available)
    func firstStart(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, initialAdmin: ("root@example.org", "first start passphrase")) {
            client throws in
            let browser = TestBrowser(client)
            #expect(try await browser.signIn("root@example.org", "first start passphrase").status == .seeOther)
            #expect(try await browser.get("/en/admin/users").status == .ok)
        }
    }
}
