import Foundation
public import NexusDomain

/// Why a request does not map to a route.
public enum RouteError: Error, Hashable, Sendable {
    /// Nothing lives at this path.
    case notFound
    /// The first segment looks like a language code we do not publish.
    case unknownLanguage(String)
    /// A query parameter has a value the route cannot use.
    case badParameter(name: String, problem: ParameterProblem)

    /// What is wrong with a parameter.
    public enum ParameterProblem: Hashable, Sendable {
        case unknownLanguage(String)
    }
}

extension Route {
    /// The route a request path and query address, or why there is none.
    public static func parse(path: String, query: [String: String] = [:]) -> Result<Route, RouteError> {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
            .map { String($0).removingPercentEncoding ?? String($0) }
        guard let first = segments.first else { return .success(.root) }
        switch (first, segments.count) {
        case ("openapi.json", 1): return .success(.openAPI)
        case ("healthz", 1): return .success(.health)
        case ("metrics", 1): return .success(.metrics)
        case ("assets", 2) where segments[1].isAssetName: return .success(.asset(segments[1]))
        case ("api", _): return parseAPI(Array(segments.dropFirst()), query: query)
        default: break
        }
        guard let language = Language(rawValue: first) else {
            return .failure(first.looksLikeLanguageTag ? .unknownLanguage(first) : .notFound)
        }
        let rest = Array(segments.dropFirst())
        if let page = parsePage(rest) { return .success(.page(language, page)) }
        if let page = AppPage.parse(rest) { return .success(.app(language, page)) }
        return .failure(.notFound)
    }

    private static func parsePage(_ segments: [String]) -> Page? {
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
            case "search": return .search
            case "evidence": return .evidence
            default: return nil
            }
        case 2:
            let (section, identifier) = (segments[0], segments[1])
            if section == "practices" { return PracticeReference(validating: identifier).map(Page.practice) }
            guard identifier.isValidSlug else { return nil }
            if section == "evidence" { return Route.reservedEvidenceWords.contains(identifier) ? nil : .evidenceRegion(identifier) }
            switch section {
            case "concept": return .conceptSection(identifier)
            case "themes": return .theme(identifier)
            case "instruments": return .instrument(identifier)
            case "actors": return .actor(identifier)
            case "initiatives": return .initiative(identifier)
            default: return nil
            }
        case 3:
            guard segments[0] == "evidence", segments[2].isValidSlug, segments[2] != "new" else { return nil }
            switch segments[1] {
            case "meetings": return .meeting(segments[2])
            case "findings": return .finding(segments[2])
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Words under `/evidence/` that are not regions.
    static let reservedEvidenceWords: Set<String> = ["manage", "meetings", "findings"]

    private static func parseAPI(_ segments: [String], query: [String: String]) -> Result<Route, RouteError> {
        guard segments.first == "v1", segments.count >= 2 else { return .failure(.notFound) }
        if segments == ["v1", "users"] { return .success(.api(.users)) }
        let language: Language
        if let code = query["lang"] {
            guard let parsed = Language(rawValue: code) else {
                return .failure(.badParameter(name: "lang", problem: .unknownLanguage(code)))
            }
            language = parsed
        } else {
            language = .source
        }
        let api: API?
        switch (segments[1], segments.count) {
        case ("practices", 2): api = .practices(language)
        case ("practices", 3): api = PracticeReference(validating: segments[2]).map { .practice($0, language) }
        case ("themes", 2): api = .themes(language)
        case ("instruments", 2): api = .instruments(language)
        case ("actors", 2): api = .actors(language)
        case ("initiatives", 2): api = .initiatives(language)
        case ("concept", 2): api = .concept(language)
        case ("search", 2): api = .search(language)
        case ("meetings", 2): api = .meetings(language)
        case ("meetings", 3) where segments[2].isValidSlug: api = .meeting(segments[2], language)
        case ("meetings", 4) where segments[2].isValidSlug && segments[3] == "participation": api = .participation(segments[2])
        case ("findings", 2): api = .findings(language)
        case ("findings", 3) where segments[2].isValidSlug: api = .finding(segments[2], language)
        default: api = nil
        }
        return api.map { .success(.api($0)) } ?? .failure(.notFound)
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

extension String {
    /// Letters, digits, dots and hyphens only: the names of bundled assets.
    var isAssetName: Bool {
        !isEmpty && !hasPrefix(".") && allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }

    /// `de`, `pt-BR`, `zh-Hant`: shaped like a language tag.
    var looksLikeLanguageTag: Bool {
        let parts = split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
