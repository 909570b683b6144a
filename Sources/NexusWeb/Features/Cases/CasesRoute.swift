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
    /// Recording, editing and deleting cases in the browser.
    case editor(Language, Editor)
    /// The endpoints; each answers in the language of its `lang` parameter.
    case api(API)

    /// The forms of those who write cases.
    public enum Editor: Hashable, Sendable {
        /// A form for a new case.
        case new
        /// A case's form; `?in=` chooses the language its texts are written in.
        case edit(CaseID)
        /// Deletes a case (POST).
        case delete(CaseID)
    }

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
        case new = "app_case_new"
        case edit = "app_case_edit"
        case delete = "app_case_delete"
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
        case .page(let language, ["cases", "new"]):
            return .editor(language, .new)
        case .page(let language, let segments) where segments.count == 2 && segments[0] == "cases":
            guard segments[1].isValidSlug, !reservedWords.contains(segments[1]) else { return nil }
            return .page(language, CaseID(segments[1]))
        case .page(let language, let segments) where segments.count == 3 && segments[0] == "cases":
            guard segments[1].isValidSlug, !reservedWords.contains(segments[1]) else { return nil }
            switch segments[2] {
            case "edit": return .editor(language, .edit(CaseID(segments[1])))
            case "delete": return .editor(language, .delete(CaseID(segments[1])))
            default: return nil
            }
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
        case .new: .editor(language, .new)
        case .edit: .editor(language, .edit("draft-case"))
        case .delete: .editor(language, .delete("no-such-case"))
        case .caseSTIX: .api(.stix("open-network", language))
        case .casesSTIX: .api(.stixSet(language))
        case .importAPI: .api(.importBundle(language))
        }
    }

    public var path: String {
        switch self {
        case .library(let language): "/\(language.code)/cases"
        case .page(let language, let id): "/\(language.code)/cases/\(id)"
        case .editor(let language, .new): "/\(language.code)/cases/new"
        case .editor(let language, .edit(let id)): "/\(language.code)/cases/\(id)/edit"
        case .editor(let language, .delete(let id)): "/\(language.code)/cases/\(id)/delete"
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
        case .editor(_, .new): .new
        case .editor(_, .edit): .edit
        case .editor(_, .delete): .delete
        case .api(.stix): .caseSTIX
        case .api(.stixSet): .casesSTIX
        case .api(.importBundle): .importAPI
        }
    }

    public var language: Language {
        switch self {
        case .library(let language), .page(let language, _), .editor(let language, _): language
        case .api(let api): api.language
        }
    }

    public func inLanguage(_ language: Language) -> CasesRoute? {
        switch self {
        case .library: .library(language)
        case .page(_, let id): .page(language, id)
        case .editor(_, let editor): .editor(language, editor)
        case .api: nil
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .library, .page: Self.readOnly
        case .api(.importBundle): [.post]
        case .api: Self.readOnly
        case .editor(_, .new), .editor(_, .edit): Self.form
        case .editor(_, .delete): Self.action
        }
    }

    /// Everyone may read; what each principal is shown is ``CaseAccess``'s business.
    /// Programme officers may draft; deleting and importing take editing rights.
    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch self {
        case .library, .page: .readPublished
        case .api(.importBundle): .editCases
        case .api: .readPublished
        case .editor(_, .new), .editor(_, .edit): .draftCases
        case .editor(_, .delete): .editCases
        }
    }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}
