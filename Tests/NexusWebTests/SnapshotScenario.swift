import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

/// The writes that bring every branch of every template into view before the snapshots are
/// taken: drafts, conflicts, refused forms, tokens, participants, many accounts (so that
/// lists have a second page). Each returns the pages it leaves to record.
enum SnapshotScenario {
    /// A page to record: who sees it, its path after the language, and a name for the file.
    struct Shot {
        let browser: TestBrowser
        let who: String
        let path: String
        let method: HTTPRequest.Method
        let fields: [(String, String)]
        let expected: HTTPResponse.Status

        static func get(_ browser: TestBrowser, _ who: String, _ path: String, _ expected: HTTPResponse.Status = .ok) -> Shot {
            Shot(browser: browser, who: who, path: path, method: .get, fields: [], expected: expected)
        }

        static func post(
            _ browser: TestBrowser, _ who: String, _ path: String, _ fields: [(String, String)],
            _ expected: HTTPResponse.Status
        ) -> Shot {
            Shot(browser: browser, who: who, path: path, method: .post, fields: fields, expected: expected)
        }
    }

    /// Accounts enough for a second page of users and of the audit log.
    static func seedMany(_ accounts: Accounts) async throws {
        try await AuthTests.seedPeople(accounts)
        for number in 1...52 {
            _ = try await accounts.createUser(
                email: "person\(number)@example.org", name: "Person \(number)",
                password: AuthTests.password, roles: [.viewer], by: .commandLine)
        }
    }

    /// Changes made once, in English, that every language's pages then show.
    static func prepare(admin: TestBrowser, adminID: String) async throws {
        try await admin.get("/en/edit/regions/north")
        let region = [
            ("title", "The North"), ("summary", "A test region where smugglers and armed groups meet."),
            ("status", "confirmed"), ("sources", "https://example.org/region"), ("order", "1"),
            ("body", "A region made up for tests, with a draft."), ("action", "draft"),
        ]
        try await expect(admin.post("/en/edit/regions/north", region + [("base_revision", "1")]), .seeOther)
        try await admin.get("/en/admin/users/\(adminID)")
        try await expect(admin.post("/en/admin/users/\(adminID)/tokens", [("name", "nightly export"), ("role", "admin")]), .ok)
        let issued = try await admin.post("/en/admin/users/\(adminID)/tokens", [("name", "revoked one"), ("role", "admin")])
        if let revoke = issued.body.firstMatch(of: /action="(\/en\/admin\/tokens\/[^"]+\/revoke)"/) {
            try await expect(admin.post(String(revoke.1), []), .seeOther)
        }
        let users = try await admin.get("/en/admin/users").body
        if let person = users.firstMatch(of: /\/en\/admin\/users\/([0-9a-f-]{36})">Person 1</) {
            try await admin.get("/en/admin/users/\(person.1)")
            try await expect(
                admin.post("/en/admin/users/\(person.1)", [("name", "Person 1"), ("language", "en"), ("roles[]", "viewer")]),
                .seeOther)
        }
        // An inject and a question set in the library of reusable material.
        try await admin.get("/en/scenarios/sample-exercise")
        try await expect(admin.post("/en/scenarios/sample-exercise/keep", [("inject", "i2")]), .seeOther)
        try await expect(admin.post("/en/scenarios/sample-exercise/keep", [("questions", "p1")]), .seeOther)
        try await admin.get("/en/evidence/manage/meetings/capital-2018")
        try await expect(
            admin.post(
                "/en/evidence/manage/meetings/capital-2018",
                [("count_government-agency", "5"), ("by_country", "AL, government-agency, 3")]), .seeOther)
        try await admin.get("/en/evidence/manage/meetings/capital-2018")
        try await expect(
            admin.post(
                "/en/evidence/manage/meetings/capital-2018/participants",
                [
                    ("name", "Arta"), ("organisation", "Ministry"), ("category", "government-agency"), ("country", "AL"),
                    ("consent", "yes"), ("consent_date", "2018-02-14"),
                ]), .seeOther)
        // A draft case translated into French, whose English title then changed: the French is stale.
        try await admin.get("/en/cases/new")
        let draft = CaseEditorWebTests.fields(id: "snapshot-case", status: "draft")
        try await expect(admin.post("/en/cases/new", draft), .seeOther)
        let french = CaseEditorWebTests.replacing(
            CaseEditorWebTests.replacing(draft, "text_language", with: "fr"), "title", with: "Le réseau du port")
        try await expect(admin.post("/en/cases/snapshot-case/edit", french + [("revision", "1")]), .seeOther)
        let retitled = CaseEditorWebTests.replacing(draft, "title", with: "The harbour network, revisited")
        try await expect(admin.post("/en/cases/snapshot-case/edit", retitled + [("revision", "2")]), .seeOther)
    }

    /// The case form sent back: with mistakes, with a name to confirm, and after someone else's save.
    static func caseFormShots(_ admin: TestBrowser) -> [Shot] {
        let draft = CaseEditorWebTests.fields(id: "snapshot-case", status: "draft")
        return [
            .get(admin, "admin", "/cases/snapshot-case/edit?in=fr"),
            .post(admin, "admin", "/cases/new", CaseEditorWebTests.replacing(draft, "period_start", with: "spring"), .unprocessableContent),
            .post(
                admin, "admin", "/cases/new?names=1",
                CaseEditorWebTests.replacing(
                    CaseEditorWebTests.replacing(draft, "id", with: "named-case"), "actor-2-alias", with: "Mr Karim Haddad"),
                .unprocessableContent),
            .post(admin, "admin", "/cases/snapshot-case/edit", draft + [("revision", "2")], .conflict),
            .get(admin, "admin", "/translate/fr/cases/snapshot-case"),
            .post(
                admin, "admin", "/translate/fr/cases/snapshot-case", [("revision", "3"), ("text/title", String(repeating: "Titre ", count: 40))],
                .unprocessableContent),
            .post(
                admin, "admin", "/translate/fr/cases/snapshot-case?names=1", [("revision", "3"), ("text/actors/a3/alias", "Mr Karim Haddad")],
                .unprocessableContent),
            .post(admin, "admin", "/translate/fr/cases/snapshot-case?late=1", [("revision", "1"), ("text/title", "Tard")], .conflict),
            .post(admin, "admin", "/scenarios/import", [("file", "{not an exercise file")], .unprocessableContent),
            .post(admin, "admin", "/scenarios/sample-exercise/duplicate", [("id", "Not An Id"), ("title", "")], .unprocessableContent),
            .post(
                admin, "admin", "/scenarios/new",
                [("id", "bad"), ("title", ""), ("phases-0-id", "phase-1"), ("phases-0-title", ""), ("phases-0-durationMinutes", "soon")],
                .unprocessableContent),
            .post(
                admin, "admin", "/scenarios/sample-exercise/edit",
                [
                    ("revision", "0"), ("title", "Late"), ("durationMinutes", "90"), ("variables-0-name", "country"),
                    ("variables-0-label", "Country"), ("variables-0-kind", "text"),
                ], .conflict),
            .post(
                admin, "admin", "/translate/fr/scenarios/sample-exercise",
                [("revision", "1"), ("text/title", String(repeating: "long ", count: 60))], .unprocessableContent),
            .post(admin, "admin", "/translate/fr/scenarios/sample-exercise?late=1", [("revision", "0"), ("text/title", "Tard")], .conflict),
            .post(admin, "admin", "/scenarios/sample-exercise/msel", [("_step", "upload"), ("csv", Self.events)], .ok),
            .post(admin, "admin", "/scenarios/library/sample-exercise-i2/insert", [("target", "sample-exercise|0|0")], .unprocessableContent),
            .post(
                admin, "admin", "/scenarios/sample-exercise/msel?preview=1",
                [("_step", "preview"), ("csv", Self.events), ("map-phase", "0"), ("map-time", "1"), ("map-title", "2"), ("map-text", "3")],
                .ok),
            .post(
                admin, "admin", "/scenarios/sample-exercise/msel?bad=1",
                [("_step", "preview"), ("csv", Self.events), ("map-time", "0"), ("map-title", "2"), ("map-text", "2")],
                .unprocessableContent),
        ]
    }

    /// A small events list for the MSEL import's steps.
    static let events = "Phase,Time,Headline,Text\n1,0:10,Border report,The truck was seen before.\nThe seizure,25,Evening news,Crowds gather.\n"

    /// Pages and refused forms to record in `language`.
    static func shots(admin: TestBrowser, visitor: TestBrowser, adminID: String, language: String) -> [Shot] {
        [
            .get(visitor, "visitor", "/search"),
            .get(visitor, "visitor", "/evidence/findings/north-prisons"),
            .get(visitor, "visitor", "/evidence/south"),
            .get(visitor, "visitor", "/evidence/meetings/capital-2019"),
            .get(visitor, "visitor", "/themes/b"),
            .get(visitor, "visitor", "/concept/form-two"),
            .get(visitor, "visitor", "/actors/customs"),
            .get(visitor, "visitor", "/search?q=laws&kind=practice"),
            .get(admin, "admin", "/edit/regions/north/history"),
            .get(admin, "admin", "/evidence/manage?region=south"),
            .get(admin, "admin", "/translate/fr/regions/north"),
            .get(visitor, "visitor", "/practices/first?unused=1"),
            .get(admin, "admin", "/admin/users?page=2"),
            .get(admin, "admin", "/admin/audit?page=2"),
            .get(admin, "admin", "/translate?show=all"),
            .get(admin, "admin", "/account?done=password"),
            .get(admin, "admin", "/translate/fr/practices/first?done=saved"),
            .get(admin, "admin", "/edit/regions/north/history?language=sq"),
            .post(admin, "admin", "/evidence/manage/findings/new", [], .unprocessableContent),
            .post(
                admin, "admin", "/evidence/manage/meetings/capital-2018/participants", [("name", "No consent")],
                .unprocessableContent),
            .post(admin, "admin", "/account/password", [("current", "wrong"), ("password", "short")], .badRequest),
            .post(
                admin, "admin", "/translate/fr/practices/first",
                [
                    ("title", "Rendre les lois cohérentes"), ("summary", "Résumé."), ("key_actions", "Un.\n\nDeux."),
                    ("body", "Pourquoi."), ("base_revision", "0"),
                ], .conflict),
            .post(
                visitor, "visitor", "/sign-in", [("email", "nobody@example.org"), ("password", "wrong password"), ("next", "")],
                .unauthorized),
        ] + caseFormShots(admin)
    }

    private static func expect(
        _ page: TestBrowser.Page, _ status: HTTPResponse.Status,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            page.status == status, "\(page.status): \(page.body.firstMatch(of: /<li>([^<]*)<\/li>/)?.1 ?? "")",
            sourceLocation: sourceLocation)
    }
}
