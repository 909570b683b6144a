import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Every route against every kind of principal: the expected answer is written down
/// here once per route name, so a route added without a rule here fails the test.
@Suite("The authorisation matrix")
struct AuthorizationMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, admin, editor, programmeOfficer, translatorFR, facilitator, focalPoint, viewer
    }

    /// Who may use each route, by route name.
    static let expected: [String: Set<Who>] = {
        let everyone = Set(Who.allCases)
        let signedIn = everyone.subtracting([.anonymous])
        var table: [String: Set<Who>] = [:]
        for name in ["root", "openapi", "healthz", "metrics", "asset", "app_sign_in"] { table[name] = everyone }
        for page in ["home", "concept", "concept_section", "practices", "practice", "theme", "instruments", "instrument",
                     "actors", "actor", "initiatives", "initiative", "search", "evidence", "evidence_region", "meeting",
                     "finding"] { table["page_" + page] = everyone }
        for api in ["practices", "practice", "themes", "instruments", "actors", "initiatives", "concept", "search", "meetings",
                    "meeting", "participation", "findings", "finding"] { table["api_" + api] = everyone }
        table["app_evidence_export"] = everyone
        table["api_users"] = [.admin]
        for page in ["sign_out", "account", "account_password"] { table["app_" + page] = signedIn }
        for page in ["users", "user", "user_password", "user_tokens", "token_revoke", "audit_log", "audit_log_csv"] { table["app_" + page] = [.admin] }
        // The sample edit routes name a practice; meetings and regions are covered by allowed(_:_:).
        for page in ["edit_item", "edit_history"] { table["app_" + page] = [.admin, .editor] }
        for page in ["edit_index", "evidence_manage", "meeting_new", "meeting_record", "participant_add", "participant_remove",
                     "finding_new", "finding_edit", "finding_delete", "evidence_import"] {
            table["app_" + page] = [.admin, .editor, .programmeOfficer]
        }
        table["app_translations"] = [.admin, .editor, .translatorFR]
        return table
    }()

    static func user(_ who: Who) -> User? {
        let roles: [Who: Set<Role>] = [
            .admin: [.admin], .editor: [.editor], .programmeOfficer: [.programmeOfficer], .translatorFR: [.translator],
            .facilitator: [.facilitator],
            .focalPoint: [.focalPoint], .viewer: [.viewer],
        ]
        guard let granted = roles[who] else { return nil }
        return User(id: UserID(who.rawValue), email: "\(who.rawValue)@example.org", name: who.rawValue, preferredLanguage: .en,
                    roles: granted, languages: who == .translatorFR ? [.fr] : [])
    }

    static func allowed(_ route: Route, _ who: Who) -> Bool? {
        if case .app(_, .translateItem(let target, _, _)) = route {
            return [.admin, .editor].contains(who) || (who == .translatorFR && target == .fr)
        }
        if case .app(_, .editItem(let kind, _)) = route, kind == .meeting || kind == .region {
            return [.admin, .editor, .programmeOfficer].contains(who)
        }
        return expected[route.name]?.contains(who)
    }

    @Test("every route has a rule here, and the authorisation layer agrees with it for every principal")
    func rules() {
        for route in RouteTests.everyRoute {
            for who in Who.allCases {
                guard let allowed = Self.allowed(route, who) else {
                    Issue.record("route \(route.name) has no row in the authorisation matrix")
                    break
                }
                let principal: Principal = Self.user(who).map(Principal.session) ?? .anonymous
                #expect(Authorization.allows(principal, route.permission) == allowed, "\(route.path) for \(who)")
            }
        }
    }

    @Test("API writes to the evidence need a role that records evidence; reads are public")
    func evidenceWrites() {
        let writes: [(Route, HTTPRequest.Method)] = [
            (.api(.meetings(.en)), .post), (.api(.meeting("tirana-2018", .en)), .put), (.api(.participation("tirana-2018")), .put),
            (.api(.findings(.en)), .post), (.api(.finding("f", .en)), .put), (.api(.finding("f", .en)), .delete),
        ]
        for (route, method) in writes {
            #expect(route.permission(for: method) == .recordEvidence, "\(method) \(route.path)")
            #expect(route.permission(for: .get) == .readPublished, "GET \(route.path)")
            #expect(route.methods.contains(method), "\(method) \(route.path)")
        }
        #expect(Route.app(.en, .editItem(.meeting, "x")).permission == .recordEvidence)
        #expect(Route.app(.en, .editItem(.practice, "x")).permission == .editContent)
    }

    @Test("the running application enforces the matrix on every signed-in page")
    func enforced() async throws {
        let password = "a long test passphrase"
        try await TestApp.run(content: Fixtures.testContent, seed: { accounts in
            for who in Who.allCases {
                guard let user = Self.user(who) else { continue }
                _ = try await accounts.createUser(email: user.email, name: user.name, password: password, roles: user.roles,
                                                  languages: user.languages, by: .commandLine)
            }
        }) { client in
            for who in Who.allCases {
                let browser = TestBrowser(client)
                if let user = Self.user(who) { try await browser.signIn(user.email, password) }
                // Signing out comes last: it ends the session the other pages need.
                for page in RouteTests.appPages.filter({ $0 != .signOut }) + [.signOut] {
                    let route = Route.app(.en, page)
                    let allowed = try #require(Self.allowed(route, who))
                    let answer: TestBrowser.Page
                    if route.methods.contains(.get) {
                        answer = try await browser.get(route.path)
                    } else {
                        try await browser.get("/en/sign-in")
                        answer = try await browser.post(route.path, [])
                    }
                    let denied = [.unauthorized, .forbidden, .seeOther].contains(answer.status)
                        && !(allowed && answer.status == .seeOther)
                    #expect(denied == !allowed, "\(route.path) for \(who): \(answer.status)")
                }
            }
        }
    }
}
