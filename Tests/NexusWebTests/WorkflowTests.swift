import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

/// The editorial and translation workflow, end to end through the application.
@Suite("Editing, publishing and translating")
struct WorkflowTests {
    static let password = AuthTests.password

    /// The form fields of an English practice, as the edit page submits them.
    static func practiceForm(title: String, steps: [String]) -> [(String, String)] {
        [
            ("status", "confirmed"), ("sources", "https://example.org/gp1"), ("title", title), ("summary", "Laws should fit together."),
            ("theme", "a"), ("number", "1"), ("key_actions", steps.joined(separator: "\n\n")), ("key_actors[]", "police"),
            ("standards[]", "treaty"), ("standards_basis", "official"), ("body", "Why it matters, revised."),
        ]
    }

    @Test("an editor publishes; the page changes at once; French turns stale; the translator brings it up to date", arguments: TestEngine.available)
    func publishAndTranslate(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            #expect(try await editor.get("/en/edit").body.contains("/en/edit/practices/first"))
            try await editor.get("/en/edit/practices/first")
            let draft = try await editor.post(
                "/en/edit/practices/first",
                Self.practiceForm(title: "Make the laws consistent", steps: ["Review the laws.", "Amend what falls short."]) + [("action", "draft")])
            #expect(draft.status == .seeOther)
            #expect(!(try await client.get("/en/practices/1").body.contains("Make the laws consistent")), "a draft is not public")
            try await editor.get("/en/edit/practices/first")
            let published = try await editor.post(
                "/en/edit/practices/first",
                Self.practiceForm(title: "Make the laws consistent", steps: ["Review the laws.", "Amend what falls short."]) + [("action", "publish")]
            )
            #expect(published.status == .seeOther)
            #expect(try await client.get("/en/practices/1").body.contains("Make the laws consistent"), "publishing shows the text at once")
            let history = try await editor.get("/en/edit/practices/first/history")
            #expect(history.body.contains("+ title: &quot;Make the laws consistent&quot;"))
            #expect(history.body.contains("− title: &quot;Make laws consistent&quot;"))

            let translator = TestBrowser(client)
            try await translator.signIn("fr@example.org", Self.password)
            let dashboard = try await translator.get("/en/translate")
            #expect(dashboard.body.contains("/en/translate/fr/practices/first"))
            #expect(dashboard.body.contains("Title"), "the dashboard names the field that changed")
            #expect(try await client.get("/fr/practices/1").body.contains("notice-language"), "readers are told the French is out of date")
            try await translator.get("/en/translate/fr/practices/first")
            let saved = try await translator.post(
                "/en/translate/fr/practices/first",
                [
                    ("title", "Rendre les lois cohérentes entre elles"), ("summary", "Les lois doivent s'accorder."),
                    ("key_actions", "Examiner les lois.\n\nModifier ce qui est insuffisant."), ("key_actors_note", "Le secteur public."),
                    ("body", "Pourquoi c'est important."),
                ])
            #expect(saved.status == .seeOther)
            let french = try await client.get("/fr/practices/1")
            #expect(french.body.contains("Rendre les lois cohérentes entre elles") && !french.body.contains("notice-language"))
            #expect(!(try await translator.get("/en/translate").body.contains("/en/translate/fr/practices/first")), "no longer stale")
        }
    }

    @Test("an invalid edit is refused with the reasons and saves nothing", arguments: TestEngine.available)
    func invalidEdit(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            try await editor.get("/en/edit/practices/first")
            var form = Self.practiceForm(title: "", steps: ["One."]) + [("action", "publish")]
            form.removeAll { $0.0 == "theme" }
            form.append(("theme", "zz"))
            let refused = try await editor.post("/en/edit/practices/first", form)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("required field `title` is missing"))
            #expect(try await client.get("/en/practices/1").body.contains("Make laws consistent"))
            try await editor.get("/en/edit/practices/first")
            let translationStepMismatch = try await editor.post(
                "/en/edit/practices/first",
                Self.practiceForm(title: "Make laws consistent", steps: ["One.", "Two.", "Three."]) + [("action", "publish")])
            #expect(translationStepMismatch.status == .seeOther, "an English edit is not held back by its translations")
        }
    }

    @Test("an administrator creates an editor, issues a token shown once, deactivates the account; all audited", arguments: TestEngine.available)
    func administration(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let admin = TestBrowser(client)
            try await admin.signIn("admin@example.org", Self.password)
            try await admin.get("/en/admin/users")
            let weak = try await admin.post(
                "/en/admin/users", [("email", "new@example.org"), ("name", "New"), ("password", "short"), ("roles[]", "editor")])
            #expect(weak.status == .badRequest && weak.body.contains("at least 12 characters"))
            for (field, value) in [("roles[]", "superuser"), ("languages[]", "de"), ("countries", "ZZ"), ("language", "xx")] {
                try await admin.get("/en/admin/users")
                let tampered = try await admin.post(
                    "/en/admin/users",
                    [
                        ("email", "tampered@example.org"), ("name", "Tampered"), ("password", "another long passphrase"), (field, value),
                    ])
                #expect(tampered.status == .badRequest && tampered.body.contains(value), "\(field)=\(value) is refused, not dropped")
            }
            #expect(try await admin.get("/en/admin/users").body.contains("tampered@example.org") == false, "nothing was created")
            try await admin.get("/en/admin/users")
            let created = try await admin.post(
                "/en/admin/users",
                [
                    ("email", "new@example.org"), ("name", "New Editor"), ("password", "another long passphrase"), ("roles[]", "editor"),
                    ("language", "fr"),
                ])
            #expect(created.status == .seeOther)
            let userPage = try #require(created.headers[.location]?.components(separatedBy: "?").first)
            try await admin.get(userPage)
            let issued = try await admin.post(userPage + "/tokens", [("name", "publishing bot"), ("role", "editor")])
            #expect(issued.body.contains("nxt_"))
            #expect(!(try await admin.get(userPage).body.contains("nxt_")), "the token is shown only once")
            try await admin.get(userPage)
            let deactivated = try await admin.post(userPage, [("name", "New Editor"), ("language", "fr"), ("roles[]", "editor")])
            #expect(deactivated.status == .seeOther)
            let newcomer = TestBrowser(client)
            #expect(try await newcomer.signIn("new@example.org", "another long passphrase").status == .unauthorized)
            let csv = try await admin.get("/en/admin/audit.csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            for action in ["user.create", "token.issue", "user.update"] { #expect(csv.body.contains(action)) }
            try await admin.get(userPage)
            let lockout = try await admin.post("/en/admin/users/\(try await selfID(admin))", [("name", "Ada"), ("language", "en")])
            #expect(lockout.status == .badRequest, "an administrator cannot remove their own role")
        }
    }

    private func selfID(_ browser: TestBrowser) async throws -> String {
        let list = try await browser.get("/en/admin/users").body
        let row = try #require(list.components(separatedBy: "<tr>").first { $0.contains("admin@example.org") })
        let href = try #require(row.components(separatedBy: "href=\"/en/admin/users/").dropFirst().first)
        return String(href.prefix { $0 != "\"" })
    }
}
