public import HTTPTypes
public import NexusDomain

/// The case library: the library and case pages under `/{lang}/cases`, and `GET
/// /api/v1/cases…`. What a reader sees depends on who they are (``CaseAccess``), so none
/// of these answers is ever page-cached.
public enum CasesRoute: FeatureRoute {
    /// The library, filtered by the facets in the query string.
    case library(Language)
    /// One case.
    case page(Language, CaseID)
    /// The endpoints; each answers in the language of its `lang` parameter.
    case api(API)

    /// The endpoints.
    public enum API: Hashable, Sendable {
        /// Cases, filtered by the facets as query parameters, paged by `limit` and `offset`.
        case cases(Language)
        /// One case.
        case one(CaseID, Language)
    }

    public enum Name: String, CaseIterable, Sendable {
        case library = "page_cases"
        case page = "page_case"
        case casesAPI = "api_cases"
        case caseAPI = "api_case"
    }

    /// Words under `/cases/` that are not case identifiers.
    static let reservedWords: Set<String> = ["new", "import"]

    public static func parse(_ address: RouteAddress) -> CasesRoute? {
        switch address.place {
        case .page(let language, ["cases"]):
            return .library(language)
        case .page(let language, let segments) where segments.count == 2 && segments[0] == "cases":
            guard segments[1].isValidSlug, !reservedWords.contains(segments[1]) else { return nil }
            return .page(language, CaseID(segments[1]))
        case .api(["cases"], let language):
            return .api(.cases(language))
        case .api(let segments, let language) where segments.count == 2 && segments[0] == "cases":
            guard segments[1].isValidSlug, !reservedWords.contains(segments[1]) else { return nil }
            return .api(.one(CaseID(segments[1]), language))
        default:
            return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> CasesRoute {
        switch name {
        case .library: .library(language)
        case .page: .page(language, "open-network")
        case .casesAPI: .api(.cases(language))
        case .caseAPI: .api(.one("open-network", language))
        }
    }

    public var path: String {
        switch self {
        case .library(let language): "/\(language.code)/cases"
        case .page(let language, let id): "/\(language.code)/cases/\(id)"
        case .api(.cases(let language)): "/api/v1/cases?lang=\(language.code)"
        case .api(.one(let id, let language)): "/api/v1/cases/\(id)?lang=\(language.code)"
        }
    }

    public var name: Name {
        switch self {
        case .library: .library
        case .page: .page
        case .api(.cases): .casesAPI
        case .api(.one): .caseAPI
        }
    }

    public var language: Language {
        switch self {
        case .library(let language), .page(let language, _), .api(.cases(let language)), .api(.one(_, let language)): language
        }
    }

    public func inLanguage(_ language: Language) -> CasesRoute? {
        switch self {
        case .library: .library(language)
        case .page(_, let id): .page(language, id)
        case .api: nil
        }
    }

    public var methods: Set<HTTPRequest.Method> { Self.readOnly }

    /// Everyone may ask; what each principal is shown is ``CaseAccess``'s business.
    public func permission(for method: HTTPRequest.Method) -> Permission { .readPublished }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}
