import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// Every address the product answers, as a value: one case per feature, each holding that
/// feature's own route (``FeatureRoute``).
///
/// The same type parses incoming paths (``Route/parse(path:query:)``) and prints the links
/// that pages contain (``Route/path``), so a link can only point to a route that exists.
/// A new feature adds a folder under `Features/` and one case here.
public enum Route: Hashable, Sendable {
    /// `/`: redirects to the visitor's language.
    case root
    case toolkit(ToolkitRoute)
    case search(SearchRoute)
    case evidence(EvidenceRoute)
    case cases(CasesRoute)
    case exercises(ExercisesRoute)
    case accounts(AccountsRoute)
    case admin(AdminRoute)
    case editing(EditingRoute)
    case translation(TranslationRoute)
    case system(SystemRoute)

    /// The route a request path and query address, or why there is none.
    public static func parse(path: String, query: [String: String] = [:]) -> Result<Route, RouteError> {
        let address: RouteAddress
        switch RouteAddress.read(path: path, query: query) {
        case .failure(let error): return .failure(error)
        case .success(let read): address = read
        }
        if case .root = address.place { return .success(.root) }
        let parsers: [(RouteAddress) -> Route?] = [
            { ToolkitRoute.parse($0).map(Route.toolkit) }, { SearchRoute.parse($0).map(Route.search) },
            { EvidenceRoute.parse($0).map(Route.evidence) }, { CasesRoute.parse($0).map(Route.cases) },
            { ExercisesRoute.parse($0).map(Route.exercises) },
            { AccountsRoute.parse($0).map(Route.accounts) },
            { AdminRoute.parse($0).map(Route.admin) }, { EditingRoute.parse($0).map(Route.editing) },
            { TranslationRoute.parse($0).map(Route.translation) }, { SystemRoute.parse($0).map(Route.system) },
        ]
        for parse in parsers { if let route = parse(address) { return .success(route) } }
        return .failure(.notFound)
    }

    /// The feature route inside, for what every feature answers alike.
    private var feature: (any FeatureRoute)? {
        switch self {
        case .root: nil
        case .toolkit(let route): route
        case .search(let route): route
        case .evidence(let route): route
        case .cases(let route): route
        case .exercises(let route): route
        case .accounts(let route): route
        case .admin(let route): route
        case .editing(let route): route
        case .translation(let route): route
        case .system(let route): route
        }
    }

    /// The path (with query, for API routes) that addresses this route.
    public var path: String { feature?.path ?? "/" }

    /// A short, stable name for metrics and logs, without identifiers.
    public var name: String { feature.map { $0.name.rawValue } ?? "root" }

    /// The language answers to this route speak.
    public var language: Language { feature?.language ?? .source }

    /// The same place in another language: what the language switcher links to (the home
    /// page for routes that have no page in other languages).
    public func inLanguage(_ language: Language) -> Route {
        let home = Route.toolkit(.page(language, .home))
        switch self {
        case .root: return home
        case .toolkit(let route): return route.inLanguage(language).map(Route.toolkit) ?? home
        case .search(let route): return route.inLanguage(language).map(Route.search) ?? home
        case .evidence(let route): return route.inLanguage(language).map(Route.evidence) ?? home
        case .cases(let route): return route.inLanguage(language).map(Route.cases) ?? home
        case .exercises(let route): return route.inLanguage(language).map(Route.exercises) ?? home
        case .accounts(let route): return route.inLanguage(language).map(Route.accounts) ?? home
        case .admin(let route): return route.inLanguage(language).map(Route.admin) ?? home
        case .editing(let route): return route.inLanguage(language).map(Route.editing) ?? home
        case .translation(let route): return route.inLanguage(language).map(Route.translation) ?? home
        case .system: return home
        }
    }

    /// The methods the route answers.
    public var methods: Set<HTTPRequest.Method> { feature?.methods ?? [.get, .head] }

    /// What a request with `method` to this route needs permission to do. Every route has
    /// a rule: each feature's switch is exhaustive, and the authorisation matrix test checks
    /// every rule for every role.
    public func permission(for method: HTTPRequest.Method) -> Permission {
        feature?.permission(for: method) ?? .readPublished
    }

    /// Whether the route is a public read (toolkit and evidence pages, the public API,
    /// assets) that a visitor without a session or token is answered without asking the
    /// database who they are; such answers may come from the page cache.
    public var isPublicRead: Bool {
        switch self {
        case .root, .toolkit, .search, .system: true
        case .evidence(.page), .evidence(.api), .evidence(.export): true
        // Cases depend on who reads them: never answered anonymously from the page cache.
        case .evidence(.desk), .cases, .exercises, .accounts, .admin, .editing, .translation: false
        }
    }

    /// Whether clients of this route read JSON.
    public var isAPI: Bool { feature?.isAPI ?? false }

    /// One route of every name of every feature, in every language where it has one.
    public static var samples: [Route] {
        func all<F: FeatureRoute>(_ type: F.Type, _ wrap: (F) -> Route) -> [Route] {
            F.Name.allCases.flatMap { name in Language.allCases.map { wrap(F.sample(name, in: $0)) } }
        }
        let routes =
            [Route.root] + all(ToolkitRoute.self, Route.toolkit) + all(SearchRoute.self, Route.search)
            + all(EvidenceRoute.self, Route.evidence) + all(CasesRoute.self, Route.cases) + all(ExercisesRoute.self, Route.exercises)
            + all(AccountsRoute.self, Route.accounts)
            + all(AdminRoute.self, Route.admin)
            + all(EditingRoute.self, Route.editing) + all(TranslationRoute.self, Route.translation)
            + all(SystemRoute.self, Route.system)
        var seen = Set<Route>()
        return routes.filter { seen.insert($0).inserted }
    }
}
