import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// Search: the page under `/{lang}/search` and `GET /api/v1/search`; what is asked comes
/// in the query string.
public enum SearchRoute: FeatureRoute {
    case page(Language)
    case api(Language)

    public enum Name: String, CaseIterable, Sendable {
        case page = "page_search"
        case api = "api_search"
    }

    public static func parse(_ address: RouteAddress) -> SearchRoute? {
        switch address.place {
        case .page(let language, ["search"]): .page(language)
        case .api(["search"], let language): .api(language)
        default: nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> SearchRoute {
        switch name {
        case .page: .page(language)
        case .api: .api(language)
        }
    }

    public var path: String {
        switch self {
        case .page(let language): "/\(language.code)/search"
        case .api(let language): "/api/v1/search?lang=\(language.code)"
        }
    }

    public var name: Name {
        switch self {
        case .page: .page
        case .api: .api
        }
    }

    public var language: Language {
        switch self {
        case .page(let language), .api(let language): language
        }
    }

    public func inLanguage(_ language: Language) -> SearchRoute? {
        if case .page = self { return .page(language) }
        return nil
    }

    public var methods: Set<HTTPRequest.Method> { Self.readOnly }

    public func permission(for method: HTTPRequest.Method) -> Permission { .readPublished }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}
