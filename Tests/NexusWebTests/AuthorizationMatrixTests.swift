import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Every route against every kind of principal. The expected answer is written down here
/// once per route name, in exhaustive switches over each feature's names: a route added
/// without a rule here does not compile.
@Suite("The authorisation matrix")
struct AuthorizationMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, admin, editor, programmeOfficer, translatorFR, facilitator, focalPoint, viewer
    }

    static let everyone = Set(Who.allCases)
    static let signedIn = everyone.subtracting([.anonymous])
    static let recorders: Set<Who> = [.admin, .editor, .programmeOfficer]

    static func user(_ who: Who) -> User? {
        let roles: [Who: Set<Role>] = [
            .admin: [.admin], .editor: [.editor], .programmeOfficer: [.programmeOfficer], .translatorFR: [.translator],
            .facilitator: [.facilitator], .focalPoint: [.focalPoint], .viewer: [.viewer],
        ]
        guard let granted = roles[who] else { return nil }
        return User(
            id: UserID(who.rawValue), email: "\(who.rawValue)@example.org", name: who.rawValue, preferredLanguage: .en,
            roles: granted, languages: who == .translatorFR ? [.fr] : [])
    }

    /// Who may read (GET, or POST for an action) each route.
    static func allowed(_ route: Route) -> Set<Who> {
        switch route {
        case .root, .toolkit, .search, .system: everyone
        case .cases(let cases):
            switch cases.name {
            // Everyone may ask for the library, a case, the case API and STIX exports; which
            // cases each principal then sees is CaseAccess's rule (CaseLibraryWebTests,
            // CaseExchangeWebTests).
            case .library, .page, .casesAPI, .caseAPI, .caseSTIX, .casesSTIX: everyone
            // The sample is a draft, which programme officers may change (CaseEditorWebTests
            // has the published cases they may not).
            case .new, .edit: recorders
            case .delete, .importAPI: [.admin, .editor]
            }
        // Scenarios are for those who design exercises, and for nobody else in any way.
        case .exercises: [.admin, .editor, .facilitator]
        case .evidence(let evidence):
            switch evidence.name {
            case .dashboard, .region, .meeting, .finding, .export: everyone
            case .meetingsAPI, .meetingAPI, .participationAPI, .findingsAPI, .findingAPI: everyone
            case .manage, .meetingNew, .meetingRecord, .participantAdd, .participantRemove, .findingNew, .findingEdit,
                .findingDelete, .importFile:
                recorders
            }
        case .accounts(let accounts):
            switch accounts.name {
            case .signIn: everyone
            case .signOut, .account, .password: signedIn
            }
        case .admin(let admin):
            switch admin.name {
            case .users, .user, .userPassword, .userTokens, .tokenRevoke, .auditLog, .auditLogCSV, .usersAPI: [.admin]
            }
        case .editing(.page(_, let page)):
            switch page {
            case .index: recorders
            case .item(let kind, _), .history(let kind, _): kind == .meeting || kind == .region ? recorders : [.admin, .editor]
            }
        case .translation(.page(_, let page)):
            switch page {
            // Facilitators open the dashboard for their scenarios' translations.
            case .dashboard: [.admin, .editor, .translatorFR, .facilitator]
            // Scenarios are theirs and nobody else's, in every language.
            case .scenarioItem: [.admin, .editor, .facilitator]
            case .item(let target, _, _), .caseItem(let target, _):
                target == .fr ? [.admin, .editor, .translatorFR] : [.admin, .editor]
            }
        }
    }

    /// The method a browser uses to reach the route.
    static func method(_ route: Route) -> HTTPRequest.Method { route.methods.contains(.get) ? .get : .post }

    @Test("every route has a rule here, and the authorisation layer agrees with it for every principal")
    func rules() {
        for route in RouteTests.everyRoute {
            for who in Who.allCases {
                let principal: Principal = Self.user(who).map(Principal.session) ?? .anonymous
                #expect(
                    Authorization.allows(principal, route.permission(for: Self.method(route))) == Self.allowed(route).contains(who),
                    "\(route.path) for \(who)")
            }
        }
    }

    @Test("API writes to the evidence need a role that records evidence; reads are public")
    func evidenceWrites() {
        let writes: [(Route, HTTPRequest.Method)] = [
            (.evidence(.api(.meetings(.en))), .post), (.evidence(.api(.meeting("tirana-2018", .en))), .put),
            (.evidence(.api(.participation("tirana-2018"))), .put), (.evidence(.api(.findings(.en))), .post),
            (.evidence(.api(.finding("f", .en))), .put), (.evidence(.api(.finding("f", .en))), .delete),
        ]
        for (route, method) in writes {
            #expect(route.permission(for: method) == .recordEvidence, "\(method) \(route.path)")
            #expect(route.permission(for: .get) == .readPublished, "GET \(route.path)")
            #expect(route.methods.contains(method), "\(method) \(route.path)")
        }
        #expect(Route.editing(.page(.en, .item(.meeting, "x"))).permission(for: .post) == .recordEvidence)
        #expect(Route.editing(.page(.en, .item(.practice, "x"))).permission(for: .post) == .editContent)
    }

    @Test("the running application enforces the matrix on every route, and answers no principal with a server error", arguments: TestEngine.available)
    func enforced(engine: TestEngine) async throws {
        let password = "a long test passphrase"
        let routes = RouteTests.everyRoute.filter { $0.language == .en && !$0.isAPI || $0.isAPI && $0.methods.contains(.get) }
        // Signing out comes last: it ends the session the other pages need.
        let ordered = routes.filter { $0 != .accounts(.signOut(.en)) } + [.accounts(.signOut(.en))]
        try await TestApp.run(
            engine: engine, content: Fixtures.testContent,
            seed: { accounts in
                for who in Who.allCases {
                    guard let user = Self.user(who) else { continue }
                    _ = try await accounts.createUser(
                        email: user.email, name: user.name, password: password, roles: user.roles,
                        languages: user.languages, by: .commandLine)
                }
            }
        ) { client in
            for who in Who.allCases {
                let browser = TestBrowser(client)
                if let user = Self.user(who) { try await browser.signIn(user.email, password) }
                for route in ordered {
                    let allowed = Self.allowed(route).contains(who)
                    let answer: TestBrowser.Page
                    if route.methods.contains(.get) {
                        answer = try await browser.get(route.path)
                    } else {
                        try await browser.get("/en/sign-in")
                        answer = try await browser.post(route.path, [])
                    }
                    #expect(answer.status.code < 500, "\(route.path) for \(who): \(answer.status)")
                    let denied =
                        [.unauthorized, .forbidden, .seeOther].contains(answer.status)
                        && !(allowed && answer.status == .seeOther)
                    #expect(denied == !allowed, "\(route.path) for \(who): \(answer.status)")
                }
            }
        }
    }
}
