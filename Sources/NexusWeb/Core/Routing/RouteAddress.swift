import NexusApplication
import NexusPersistence
import NexusLocalization
import Foundation
public import NexusDomain
import NexusRendering

/// A request's path read once, before any feature looks at it: the area it addresses and
/// the segments after that area's prefix.
public struct RouteAddress: Sendable {
    /// Where on the site a path points.
    public enum Place: Sendable, Hashable {
        /// `/`.
        case root
        /// `/{lang}/…`: the segments after the language.
        case page(Language, [String])
        /// `/api/v1/…`: the segments after the version, with the language of `?lang=` (English by default).
        case api([String], Language)
        /// Anything else at the top level (`/healthz`, `/assets/…`).
        case top([String])
    }

    public let place: Place

    /// Reads `path`; the only failures found here are a language the product does not
    /// publish, in the path or in an API's `lang` parameter.
    public static func read(path: String, query: [String: String]) -> Result<RouteAddress, RouteError> {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
            .map { String($0).removingPercentEncoding ?? String($0) }
        guard let first = segments.first else { return .success(RouteAddress(place: .root)) }
        if first == "api" {
            guard segments.count >= 3, segments[1] == "v1" else { return .failure(.notFound) }
            var language = Language.source
            if let code = query["lang"] {
                guard let parsed = Language(rawValue: code) else {
                    return .failure(.badParameter(name: "lang", problem: .unknownLanguage(code)))
                }
                language = parsed
            }
            return .success(RouteAddress(place: .api(Array(segments.dropFirst(2)), language)))
        }
        if let language = Language(rawValue: first) {
            return .success(RouteAddress(place: .page(language, Array(segments.dropFirst()))))
        }
        // A first segment shaped like a language tag is a language we do not publish.
        if first.looksLikeLanguageTag { return .failure(.unknownLanguage(first)) }
        return .success(RouteAddress(place: .top(segments)))
    }
}

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

extension String {
    /// Letters, digits, dots and hyphens only: the names of bundled assets.
    var isAssetName: Bool {
        !isEmpty && !hasPrefix(".") && allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }

    /// `de`, `pt-BR`, `zh-Hant`: shaped like a language tag.
    var looksLikeLanguageTag: Bool {
        let parts = split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// A record identifier in a path: letters, digits and hyphens, at most 64 of them.
    var isRecordID: Bool {
        count <= 64 && !isEmpty && allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
