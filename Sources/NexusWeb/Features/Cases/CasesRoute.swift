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
        /// One case as a STIX 2.1 bundle.
        case stix(CaseID, Language)
        /// The cases the facets select, as one STIX 2.1 bundle.
        case stixSet(Language)
        /// POST: a STIX 2.1 bundle whose reports become cases (editors, with a token).
        case importBundle(Language)
    }

    public enum Name: String, CaseIterable, Sendable {
        case library = "page_cases"
        case page = "page_case"
        case casesAPI = "api_cases"
        case caseAPI = "api_case"
        case caseSTIX = "api_case_stix"
        case casesSTIX = "api_cases_stix"
        case importAPI = "api_cases_import"
    }

    /// Words under `/cases/` that are not case identifiers.
    static let reservedWords = CaseValidation.reservedIdentifiers

    public static func parse(_ address: RouteAddress) -> CasesRoute? {
        switch address.place {
        case .page(let language, ["cases"]):
            return .library(language)
        case .page(let language, let segments) where segments.count == 2 && segments[0] == "cases":
            guard segments[1].isValidSlug, !reservedWords.contains(segments[1]) else { return nil }
            return .page(language, CaseID(segments[1]))
        case .api(["cases"], let language):
            return .api(.cases(language))
        case .api(["cases", "stix"], let language):
            return .api(.stixSet(language))
        case .api(["cases", "import"], let language):
            return .api(.importBundle(language))
        case .api(let segments, let language) where segments.count == 3 && segments[0] == "cases" && segments[2] == "stix":
            guard segments[1].isValidSlug, !reservedWords.contains(segments[1]) else { return nil }
            return .api(.stix(CaseID(segments[1]), language))
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
        case .caseSTIX: .api(.stix("open-network", language))
        case .casesSTIX: .api(.stixSet(language))
        case .importAPI: .api(.importBundle(language))
        }
    }

    public var path: String {
        switch self {
        case .library(let language): "/\(language.code)/cases"
        case .page(let language, let id): "/\(language.code)/cases/\(id)"
        case .api(.cases(let language)): "/api/v1/cases?lang=\(language.code)"
        case .api(.one(let id, let language)): "/api/v1/cases/\(id)?lang=\(language.code)"
        case .api(.stix(let id, let language)): "/api/v1/cases/\(id)/stix?lang=\(language.code)"
        case .api(.stixSet(let language)): "/api/v1/cases/stix?lang=\(language.code)"
        case .api(.importBundle(let language)): "/api/v1/cases/import?lang=\(language.code)"
        }
    }

    public var name: Name {
        switch self {
        case .library: .library
        case .page: .page
        case .api(.cases): .casesAPI
        case .api(.one): .caseAPI
        case .api(.stix): .caseSTIX
        case .api(.stixSet): .casesSTIX
        case .api(.importBundle): .importAPI
        }
    }

    public var language: Language {
        switch self {
        case .library(let language), .page(let language, _): language
        case .api(let api): api.language
        }
    }

    public func inLanguage(_ language: Language) -> CasesRoute? {
        switch self {
        case .library: .library(language)
        case .page(_, let id): .page(language, id)
        case .api: nil
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        if case .api(.importBundle) = self { return [.post] }
        return Self.readOnly
    }

    /// Everyone may ask to read; what each principal is shown is ``CaseAccess``'s business.
    /// Importing takes editing rights.
    public func permission(for method: HTTPRequest.Method) -> Permission {
        if case .api(.importBundle) = self { return .editCases }
        return .readPublished
    }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}
