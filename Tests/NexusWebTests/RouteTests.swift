import NexusDomain
@testable import NexusWeb
import Testing

@Suite("The typed route: parsing requests and printing links")
struct RouteTests {
    /// One route of every name of every feature, in every language where it has one: each
    /// feature's `sample` is an exhaustive switch over its names, so a new case cannot be
    /// left out of this list, the round trip or the authorisation matrix.
    static let everyRoute = Route.samples

    /// The names of one feature, each checked against the sample the feature gives for it.
    static func namesMatch<F: FeatureRoute>(_ type: F.Type) -> Bool {
        F.Name.allCases.allSatisfy { name in Language.allCases.allSatisfy { F.sample(name, in: $0).name == name } }
    }

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

    @Test("each feature's sample of a name is a route of that name, and names are unique across features")
    func names() {
        #expect(Self.namesMatch(ToolkitRoute.self) && Self.namesMatch(SearchRoute.self) && Self.namesMatch(EvidenceRoute.self))
        #expect(Self.namesMatch(AccountsRoute.self) && Self.namesMatch(AdminRoute.self) && Self.namesMatch(EditingRoute.self))
        #expect(Self.namesMatch(TranslationRoute.self) && Self.namesMatch(SystemRoute.self) && Self.namesMatch(CasesRoute.self))
        #expect(Self.namesMatch(ExercisesRoute.self))
        let names =
            ToolkitRoute.Name.allCases.map(\.rawValue) + SearchRoute.Name.allCases.map(\.rawValue)
            + EvidenceRoute.Name.allCases.map(\.rawValue) + CasesRoute.Name.allCases.map(\.rawValue)
            + ExercisesRoute.Name.allCases.map(\.rawValue)
            + AccountsRoute.Name.allCases.map(\.rawValue)
            + AdminRoute.Name.allCases.map(\.rawValue) + EditingRoute.Name.allCases.map(\.rawValue)
            + TranslationRoute.Name.allCases.map(\.rawValue) + SystemRoute.Name.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count, "metric names are unique")
        #expect(Set(Self.everyRoute.map(\.name)) == Set(names + ["root"]), "every name has a sample")
    }

    @Test(
        "paths the product does not have are not found",
        arguments: [
            "/en/practices/1/extra", "/en/themes", "/en/nothing", "/favicon.ico", "/api/v2/practices", "/api/v1/nothing",
            "/en/practices/Bad_Slug", "/assets/../secret", "/en/concept/ÉTÉ", "/en/evidence/manage/meetings/new/participants",
            "/en/evidence/meetings/new", "/en/evidence/nothing.csv", "/en/evidence/manage/findings/Bad", "/api/v1/meetings/a/b",
            "/en/admin/users/bad_id", "/en/edit/nothing/x", "/en/translate/en/practices/first", "/api/v1",
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
        #expect(
            Route.parse(path: "/api/v1/practices", query: ["lang": "de"])
                == .failure(.badParameter(name: "lang", problem: .unknownLanguage("de"))))
        #expect(Route.parse(path: "/api/v1/practices") == .success(.toolkit(.api(.practices(.en)))))
    }

    @Test("trailing slashes and percent-encoding are tolerated")
    func tolerant() {
        #expect(Route.parse(path: "/fr/practices/") == .success(.toolkit(.page(.fr, .practices))))
        #expect(Route.parse(path: "/%61r/concept") == .success(.toolkit(.page(.ar, .concept))))
    }

    @Test("the language switcher keeps the place, and leaves the API for the home page")
    func switcher() {
        #expect(Route.evidence(.desk(.en, .findingEdit("x"))).inLanguage(.ar) == .evidence(.desk(.ar, .findingEdit("x"))))
        #expect(Route.toolkit(.api(.practices(.en))).inLanguage(.fr) == .toolkit(.page(.fr, .home)))
    }
}
