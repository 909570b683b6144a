import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// The toolkit's pages and its JSON API: the concept, the practices and their themes,
/// the instruments, the actors and the initiatives.
public enum ToolkitRoute: FeatureRoute {
    /// A page in one language, under `/{lang}/…`.
    case page(Language, Page)
    /// `/api/v1/…` in the language of `?lang=`.
    case api(API)

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
    }

    /// The toolkit's endpoints.
    public enum API: Hashable, Sendable {
        case practices(Language)
        case practice(PracticeReference, Language)
        case themes(Language)
        case instruments(Language)
        case actors(Language)
        case initiatives(Language)
        case concept(Language)
    }

    public enum Name: String, CaseIterable, Sendable {
        case home = "page_home"
        case concept = "page_concept"
        case conceptSection = "page_concept_section"
        case practices = "page_practices"
        case practice = "page_practice"
        case theme = "page_theme"
        case instruments = "page_instruments"
        case instrument = "page_instrument"
        case actors = "page_actors"
        case actor = "page_actor"
        case initiatives = "page_initiatives"
        case initiative = "page_initiative"
        case practicesAPI = "api_practices"
        case practiceAPI = "api_practice"
        case themesAPI = "api_themes"
        case instrumentsAPI = "api_instruments"
        case actorsAPI = "api_actors"
        case initiativesAPI = "api_initiatives"
        case conceptAPI = "api_concept"
    }

    public static func parse(_ address: RouteAddress) -> ToolkitRoute? {
        switch address.place {
        case .page(let language, let segments): Page.parse(segments).map { .page(language, $0) }
        case .api(let segments, let language): API.parse(segments, language).map(ToolkitRoute.api)
        case .root, .top: nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> ToolkitRoute {
        switch name {
        case .home: .page(language, .home)
        case .concept: .page(language, .concept)
        case .conceptSection: .page(language, .conceptSection("watch-points"))
        case .practices: .page(language, .practices)
        case .practice: .page(language, .practice(.number(2)))
        case .theme: .page(language, .theme("a"))
        case .instruments: .page(language, .instruments)
        case .instrument: .page(language, .instrument("untoc"))
        case .actors: .page(language, .actors)
        case .actor: .page(language, .actor("civil-society"))
        case .initiatives: .page(language, .initiatives)
        case .initiative: .page(language, .initiative("nexus-africa"))
        case .practicesAPI: .api(.practices(language))
        case .practiceAPI: .api(.practice(.slug("consistent-legal-frameworks"), language))
        case .themesAPI: .api(.themes(language))
        case .instrumentsAPI: .api(.instruments(language))
        case .actorsAPI: .api(.actors(language))
        case .initiativesAPI: .api(.initiatives(language))
        case .conceptAPI: .api(.concept(language))
        }
    }

    public var path: String {
        switch self {
        case .page(let language, let page): "/\(language.code)" + page.pathSuffix
        case .api(let api): api.path + "?lang=\(language.code)"
        }
    }

    public var name: Name {
        switch self {
        case .page(_, let page): page.name
        case .api(let api): api.name
        }
    }

    public var language: Language {
        switch self {
        case .page(let language, _): language
        case .api(.practices(let l)), .api(.practice(_, let l)), .api(.themes(let l)), .api(.instruments(let l)),
            .api(.actors(let l)), .api(.initiatives(let l)), .api(.concept(let l)):
            l
        }
    }

    public func inLanguage(_ language: Language) -> ToolkitRoute? {
        if case .page(_, let page) = self { return .page(language, page) }
        return nil
    }

    public var methods: Set<HTTPRequest.Method> { Self.readOnly }

    public func permission(for method: HTTPRequest.Method) -> Permission { .readPublished }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}

extension ToolkitRoute.Page {
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
        }
    }

    var name: ToolkitRoute.Name {
        switch self {
        case .home: .home
        case .concept: .concept
        case .conceptSection: .conceptSection
        case .practices: .practices
        case .practice: .practice
        case .theme: .theme
        case .instruments: .instruments
        case .instrument: .instrument
        case .actors: .actors
        case .actor: .actor
        case .initiatives: .initiatives
        case .initiative: .initiative
        }
    }

    static func parse(_ segments: [String]) -> Self? {
        switch segments.count {
        case 0:
            return .home
        case 1:
            switch segments[0] {
            case "concept": return .concept
            case "practices": return .practices
            case "instruments": return .instruments
            case "actors": return .actors
            case "initiatives": return .initiatives
            default: return nil
            }
        case 2:
            let (section, identifier) = (segments[0], segments[1])
            if section == "practices" { return PracticeReference(validating: identifier).map(Self.practice) }
            guard identifier.isValidSlug else { return nil }
            switch section {
            case "concept": return .conceptSection(identifier)
            case "themes": return .theme(identifier)
            case "instruments": return .instrument(identifier)
            case "actors": return .actor(identifier)
            case "initiatives": return .initiative(identifier)
            default: return nil
            }
        default:
            return nil
        }
    }
}

extension ToolkitRoute.API {
    var path: String {
        switch self {
        case .practices: "/api/v1/practices"
        case .practice(let reference, _): "/api/v1/practices/\(reference)"
        case .themes: "/api/v1/themes"
        case .instruments: "/api/v1/instruments"
        case .actors: "/api/v1/actors"
        case .initiatives: "/api/v1/initiatives"
        case .concept: "/api/v1/concept"
        }
    }

    var name: ToolkitRoute.Name {
        switch self {
        case .practices: .practicesAPI
        case .practice: .practiceAPI
        case .themes: .themesAPI
        case .instruments: .instrumentsAPI
        case .actors: .actorsAPI
        case .initiatives: .initiativesAPI
        case .concept: .conceptAPI
        }
    }

    static func parse(_ segments: [String], _ language: Language) -> Self? {
        switch (segments.first, segments.count) {
        case ("practices", 1): .practices(language)
        case ("practices", 2): PracticeReference(validating: segments[1]).map { .practice($0, language) }
        case ("themes", 1): .themes(language)
        case ("instruments", 1): .instruments(language)
        case ("actors", 1): .actors(language)
        case ("initiatives", 1): .initiatives(language)
        case ("concept", 1): .concept(language)
        default: nil
        }
    }
}

extension PracticeReference {
    /// A reference from a path segment, or `nil` when it is neither a number nor a slug.
    init?(validating segment: String) {
        let reference = PracticeReference(segment)
        if case .slug(let slug) = reference, !slug.isValidSlug { return nil }
        self = reference
    }
}
