public import NexusDomain

/// Every address the product answers, as a value.
///
/// The same type parses incoming paths (``Route/parse(path:query:)``) and prints
/// the links that pages contain (``Route/path``), so a link can only point to a
/// route that exists. A round-trip test covers every case.
public enum Route: Hashable, Sendable {
    /// `/`: redirects to the visitor's language.
    case root
    /// A page of the toolkit in one language, under `/{lang}/…`.
    case page(Language, Page)
    /// A signed-in page (account, administration, editing, translation), under `/{lang}/…`.
    case app(Language, AppPage)
    /// The JSON API under `/api/v1/…`.
    case api(API)
    /// `/openapi.json`: the API's description.
    case openAPI
    /// `/healthz`: 200 when the database answers.
    case health
    /// `/metrics`: Prometheus text format.
    case metrics
    /// `/assets/{name}`: stylesheets, icons.
    case asset(String)

    /// The toolkit's pages.
    public enum Page: Hashable, Sendable {
        case home
        case concept
        case conceptSection(String)
        case practices
        case practice(PracticeReference)
        case theme(String)
        case instruments
        case instrument(String)
        case actors
        case actor(String)
        case initiatives
        case initiative(String)
        /// Search; what is asked comes in the query string.
        case search
        /// The regional evidence dashboard, all regions.
        case evidence
        /// One region's evidence dashboard.
        case evidenceRegion(String)
        /// A consultation meeting: where, when, who took part, what it found.
        case meeting(String)
        /// One finding, with its meeting and the practices it informed.
        case finding(String)
    }

    /// The JSON API's endpoints; each answers in the language of its `lang` parameter.
    public enum API: Hashable, Sendable {
        case practices(Language)
        case practice(PracticeReference, Language)
        case themes(Language)
        case instruments(Language)
        case actors(Language)
        case initiatives(Language)
        case concept(Language)
        /// Search; the words and filters come in the query string.
        case search(Language)
        /// Accounts, for administrators.
        case users
        /// Consultation meetings: GET lists, POST records a new one.
        case meetings(Language)
        /// One meeting: GET reads, PUT changes.
        case meeting(String, Language)
        /// A meeting's participation counts: GET reads, PUT replaces.
        case participation(String)
        /// Findings: GET lists (filtered by `region`, `kind`, `meeting`, `practice`), POST records.
        case findings(Language)
        /// One finding: GET reads, PUT changes, DELETE removes.
        case finding(String, Language)
    }

    /// The path (with query, for API routes) that addresses this route.
    public var path: String {
        switch self {
        case .root: "/"
        case .page(let language, let page): "/\(language.code)" + page.pathSuffix
        case .app(let language, let page): "/\(language.code)" + page.pathSuffix
        case .api(let api): api.path
        case .openAPI: "/openapi.json"
        case .health: "/healthz"
        case .metrics: "/metrics"
        case .asset(let name): "/assets/\(name)"
        }
    }

    /// The same place in another language: what the language switcher links to.
    public func inLanguage(_ language: Language) -> Route {
        switch self {
        case .page(_, let page): .page(language, page)
        case .app(_, let page): .app(language, page)
        default: .page(language, .home)
        }
    }

    /// A short, stable name for metrics and logs, without identifiers.
    public var name: String {
        switch self {
        case .root: "root"
        case .page(_, let page): "page_" + page.name
        case .app(_, let page): "app_" + page.name
        case .api(let api): "api_" + api.name
        case .openAPI: "openapi"
        case .health: "healthz"
        case .metrics: "metrics"
        case .asset: "asset"
        }
    }
}

extension Route.Page {
    /// The part of the path after `/{lang}`.
    var pathSuffix: String {
        switch self {
        case .home: ""
        case .concept: "/concept"
        case .conceptSection(let slug): "/concept/\(slug)"
        case .practices: "/practices"
        case .practice(let reference): "/practices/\(reference)"
        case .theme(let slug): "/themes/\(slug)"
        case .instruments: "/instruments"
        case .instrument(let slug): "/instruments/\(slug)"
        case .actors: "/actors"
        case .actor(let slug): "/actors/\(slug)"
        case .initiatives: "/initiatives"
        case .initiative(let slug): "/initiatives/\(slug)"
        case .search: "/search"
        case .evidence: "/evidence"
        case .evidenceRegion(let slug): "/evidence/\(slug)"
        case .meeting(let slug): "/evidence/meetings/\(slug)"
        case .finding(let id): "/evidence/findings/\(id)"
        }
    }

    var name: String {
        switch self {
        case .home: "home"
        case .concept: "concept"
        case .conceptSection: "concept_section"
        case .practices: "practices"
        case .practice: "practice"
        case .theme: "theme"
        case .instruments: "instruments"
        case .instrument: "instrument"
        case .actors: "actors"
        case .actor: "actor"
        case .initiatives: "initiatives"
        case .initiative: "initiative"
        case .search: "search"
        case .evidence: "evidence"
        case .evidenceRegion: "evidence_region"
        case .meeting: "meeting"
        case .finding: "finding"
        }
    }
}

extension Route.API {
    /// The language the endpoint answers in.
    public var language: Language {
        switch self {
        case .practices(let l), .practice(_, let l), .themes(let l), .instruments(let l), .actors(let l),
             .initiatives(let l), .concept(let l), .search(let l), .meetings(let l), .meeting(_, let l),
             .findings(let l), .finding(_, let l):
            l
        case .users, .participation:
            .source
        }
    }

    var path: String {
        let base: String
        switch self {
        case .practices: base = "/api/v1/practices"
        case .practice(let reference, _): base = "/api/v1/practices/\(reference)"
        case .themes: base = "/api/v1/themes"
        case .instruments: base = "/api/v1/instruments"
        case .actors: base = "/api/v1/actors"
        case .initiatives: base = "/api/v1/initiatives"
        case .concept: base = "/api/v1/concept"
        case .search: base = "/api/v1/search"
        case .users: return "/api/v1/users"
        case .meetings: base = "/api/v1/meetings"
        case .meeting(let slug, _): base = "/api/v1/meetings/\(slug)"
        case .participation(let slug): return "/api/v1/meetings/\(slug)/participation"
        case .findings: base = "/api/v1/findings"
        case .finding(let id, _): base = "/api/v1/findings/\(id)"
        }
        return base + "?lang=\(language.code)"
    }

    var name: String {
        switch self {
        case .practices: "practices"
        case .practice: "practice"
        case .themes: "themes"
        case .instruments: "instruments"
        case .actors: "actors"
        case .initiatives: "initiatives"
        case .concept: "concept"
        case .search: "search"
        case .users: "users"
        case .meetings: "meetings"
        case .meeting: "meeting"
        case .participation: "participation"
        case .findings: "findings"
        case .finding: "finding"
        }
    }
}
