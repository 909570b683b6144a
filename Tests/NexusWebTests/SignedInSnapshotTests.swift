import Foundation
import HTTPTypes
import NexusDomain
import NexusRendering
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Every page type in every language — public, evidence, search, errors and every page of
/// the signed-in areas — compared with the HTML recorded in `__Snapshots__/`, and every
/// name every template reads checked against the model it was rendered with.
@Suite("HTML snapshots of every page type, signed in or not, with their templates' names checked")
struct SignedInSnapshotTests {
    /// Pages anyone sees, besides the toolkit's own (``AppTests/pagePaths``).
    static let publicPaths = [
        "/evidence", "/evidence/north", "/evidence/meetings/capital-2018", "/evidence/findings/north-smuggling",
        "/search?q=laws", "/search?q=zzzz", "/search?kind=bogus&q=laws", "/practices/99", "/sign-in", "/cases", "/cases?region=south",
        "/cases?stage=dissolution", "/cases/open-network",
    ]

    /// The signed-in pages, seen by an administrator.
    static let adminPaths = [
        "/account", "/admin/users", "/admin/users/{admin}", "/admin/audit", "/edit", "/edit/practices/first",
        "/edit/practices/first/history", "/edit/regions/north", "/translate", "/translate/fr/practices/first", "/evidence/manage",
        "/evidence/manage/meetings/new", "/evidence/manage/meetings/capital-2018", "/evidence/manage/findings/new",
        "/evidence/manage/findings/north-smuggling", "/evidence/manage/import", "/cases/trainers-only", "/cases/draft-case", "/cases?size=1",
        "/cases?size=1&page=2", "/cases/new", "/cases/draft-case/edit", "/cases/draft-case/edit?in=ar",
        "/scenarios?size=1", "/scenarios?size=1&page=2", "/scenarios/sample-exercise", "/scenarios/second-exercise",
        "/scenarios/sample-exercise/handbook?tailoring=testland", "/scenarios/sample-exercise/situation-manual?tailoring=unfinished",
        "/scenarios/sample-exercise/duplicate", "/scenarios/new", "/scenarios/sample-exercise/edit",
        "/translate/fr/scenarios/sample-exercise", "/scenarios/sample-exercise/msel",
        "/scenarios/library", "/scenarios/library?q=police&kind=inject", "/scenarios/library?size=1",
        "/scenarios/library?size=1&page=2",
    ]

    @Test("pages match their recorded HTML, and every template name exists in its model")
    func pages() async throws {
        let observation = RenderObservation()
        try await ViewRenderer.$observation.withValue(observation) {
            try await TestApp.run(content: Fixtures.testContent, seed: SnapshotScenario.seedMany) { client in
                let visitor = TestBrowser(client)
                let admin = TestBrowser(client)
                try await admin.signIn("admin@example.org", AuthTests.password)
                let adminID = try Self.adminID(try await admin.get("/en/admin/users").body)
                try await SnapshotScenario.prepare(admin: admin, adminID: adminID)
                let translator = TestBrowser(client)
                try await translator.signIn("fr@example.org", AuthTests.password)
                for language in Language.allCases {
                    // The toolkit's pages have snapshots of their own (SnapshotTests); rendered here for the name check.
                    for path in AppTests.pagePaths { _ = try await visitor.get("/\(language.code)\(path)") }
                    for path in Self.publicPaths {
                        try await Self.record(try await visitor.get("/\(language.code)\(path)").body, language, path, as: "visitor")
                    }
                    for path in Self.adminPaths.map({ $0.replacingOccurrences(of: "{admin}", with: adminID) }) {
                        let page = try await admin.get("/\(language.code)\(path)")
                        #expect(page.status == .ok, "/\(language.code)\(path)")
                        try await Self.record(page.body, language, path.replacingOccurrences(of: adminID, with: "admin"), as: "admin")
                    }
                    for shot in SnapshotScenario.shots(admin: admin, visitor: visitor, adminID: adminID, language: language.code) {
                        let path = "/\(language.code)\(shot.path)"
                        if shot.method == .post { try await shot.browser.get(path.split(separator: "?")[0].description) }
                        let page = shot.method == .get ? try await shot.browser.get(path) : try await shot.browser.post(path, shot.fields)
                        #expect(page.status == shot.expected, "\(shot.method) \(path): \(page.status)")
                        try await Self.record(page.body, language, shot.path + (shot.method == .post ? "-post" : ""), as: shot.who)
                    }
                    let unknown = try await visitor.get("/de/practices")
                    if language == .en { try await Self.record(unknown.body, language, "/de", as: "visitor") }
                    let forbidden = try await translator.get("/\(language.code)/admin/users")
                    #expect(forbidden.status == .forbidden)
                    try await Self.record(forbidden.body, language, "/admin/users", as: "translator")
                }
            }
        }
        var check = try TemplateVariableCheck(sources: try ViewRenderer.bundled().sources)
        for render in observation.all { check.check(template: render.template, model: render.model) }
        #expect(check.missing.isEmpty, "names no model has: \(check.missing.map(\.description).sorted())")
        let unreached = check.unreached.filter { !Self.unreachable.contains($0.description) }
        #expect(unreached.isEmpty, "names no rendered page reached: \(unreached.map(\.description))")
    }

    /// Names in branches the suite cannot reach cheaply, each with the reason.
    static let unreachable: Set<String> = [
        // An installation's log always has the entries of its first accounts.
        "admin-audit: {{t.auditEmpty}}",
        // A second page of search results needs more than twenty matches; the fixture has fewer.
        "search: {{t.pageNext}}", "search: {{t.pagePrevious}}",
        // The fixture keeps a missing and a stale translation in every language on purpose.
        "translations: {{t.translateNothingToDo}}",
        // Every fixture scenario is written in English, so every library item has a phase to go to.
        "exercise-library: {{page.noTargets}}",
    ]

    private static func adminID(_ usersPage: String) throws -> String {
        let match = try #require(usersPage.firstMatch(of: /\/en\/admin\/users\/([0-9a-f-]{36})">Ada Admin/))
        return String(match.1)
    }

    private static func record(_ html: String, _ language: Language, _ path: String, as who: String) async throws {
        let name = "\(who)-\(language.code)\(path)".replacingOccurrences(of: "/", with: "-")
            .replacingOccurrences(of: "?", with: "_").replacingOccurrences(of: "&", with: "_").replacingOccurrences(of: "=", with: "-")
        SnapshotTests.assertSnapshot(PageSnapshots.normalized(html, language: language), named: name + ".html")
    }
}
