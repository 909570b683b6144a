import NexusDomain
@testable import NexusWeb
import Testing

@Suite("The typed route: parsing requests and printing links")
struct RouteTests {
    /// One value of every case, in every language where a case has one.
    static let everyRoute: [Route] = {
        let pages: [Route.Page] = [
            .home, .concept, .conceptSection("watch-points"), .practices, .practice(.number(2)),
            .practice(.slug("strengthen-anti-corruption-law")), .theme("a"), .instruments, .instrument("untoc"),
            .actors, .actor("civil-society"), .initiatives, .initiative("nexus-africa"), .search,
            .evidence, .evidenceRegion("balkans"), .meeting("tirana-2018"), .finding("wa-fuel-smuggling"),
        ]
        var routes: [Route] = [.root, .openAPI, .health, .metrics, .asset("site.css")]
        for language in Language.allCases {
            routes += pages.map { .page(language, $0) }
            routes += [
                .api(.practices(language)), .api(.practice(.number(1), language)),
                .api(.practice(.slug("consistent-legal-frameworks"), language)), .api(.themes(language)),
                .api(.instruments(language)), .api(.actors(language)), .api(.initiatives(language)),
                .api(.concept(language)), .api(.search(language)), .api(.meetings(language)),
                .api(.meeting("tirana-2018", language)), .api(.findings(language)), .api(.finding("wa-fuel-smuggling", language)),
            ]
            routes += Self.appPages.map { .app(language, $0) }
        }
        return routes + [.api(.users), .api(.participation("tirana-2018"))]
    }()

    /// One value of every signed-in page.
    static let appPages: [Route.AppPage] = [
        .signIn, .signOut, .account, .accountPassword, .users, .user("u1"), .userPassword("u1"), .userTokens("u1"),
        .tokenRevoke("t1"), .auditLog, .auditLogCSV, .editIndex, .editItem(.practice, "first"), .editHistory(.practice, "first"),
        .translations, .translateItem(.fr, .practice, "first"), .translateItem(.ar, .instrument, "treaty"),
        .evidenceManage, .meetingNew, .meetingRecord("tirana-2018"), .participantAdd("tirana-2018"),
        .participantRemove(meeting: "tirana-2018", id: "r-1"), .findingNew, .findingEdit("r-2"), .findingDelete("r-2"),
        .evidenceImport, .evidenceExport(.findings), .evidenceExport(.participation),
    ]

    @Test("every route parses back from the link it prints")
    func roundTrip() {
        for route in Self.everyRoute {
            let printed = route.path
            let parts = printed.split(separator: "?", maxSplits: 1)
            var query: [String: String] = [:]
            if parts.count == 2 {
                for pair in parts[1].split(separator: "&") {
                    let kv = pair.split(separator: "=", maxSplits: 1)
                    query[String(kv[0])] = kv.count == 2 ? String(kv[1]) : ""
                }
            }
            #expect(Route.parse(path: String(parts[0]), query: query) == .success(route), "\(printed)")
        }
    }

    @Test("every page case is covered by the round trip")
    func coverage() {
        let names = Set(Self.everyRoute.map(\.name))
        #expect(names.count == 5 + 17 + 14 + 26)
    }

    @Test("paths the product does not have are not found", arguments: [
        "/en/practices/1/extra", "/en/themes", "/en/nothing", "/favicon.ico", "/api/v2/practices", "/api/v1/nothing",
        "/en/practices/Bad_Slug", "/assets/../secret", "/en/concept/ÉTÉ", "/en/evidence/manage/meetings/new/participants",
        "/en/evidence/meetings/new", "/en/evidence/nothing.csv", "/en/evidence/manage/findings/Bad", "/api/v1/meetings/a/b",
    ])
    func notFound(path: String) {
        #expect(Route.parse(path: path) == .failure(.notFound))
    }

    @Test("a language we do not publish is named in the failure", arguments: ["/de/practices", "/pt-BR", "/zh-Hant/concept", "/EN"])
    func unknownLanguage(path: String) {
        let code = String(path.dropFirst().split(separator: "/").first!)
        #expect(Route.parse(path: path) == .failure(.unknownLanguage(code)))
    }

    @Test("an API language we do not publish is a bad parameter")
    func badLanguageParameter() {
        #expect(Route.parse(path: "/api/v1/practices", query: ["lang": "de"])
            == .failure(.badParameter(name: "lang", problem: .unknownLanguage("de"))))
        #expect(Route.parse(path: "/api/v1/practices") == .success(.api(.practices(.en))))
    }

    @Test("trailing slashes and percent-encoding are tolerated")
    func tolerant() {
        #expect(Route.parse(path: "/fr/practices/") == .success(.page(.fr, .practices)))
        #expect(Route.parse(path: "/%61r/concept") == .success(.page(.ar, .concept)))
    }
}
