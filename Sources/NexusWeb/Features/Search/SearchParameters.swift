import NexusPersistence
import Foundation
import NexusDomain
import NexusRendering
import NexusApplication
import NexusLocalization

/// The query string of the search page and of `GET /api/v1/search`, checked: what
/// cannot be used is refused with a message in the reader's language.
struct SearchParameters: Sendable, Hashable {
    static let maximumLength = 200
    static let maximumPage = 1000
    /// The facets a query string may filter on, besides kind and language. Regions come
    /// with the regions, meetings and findings.
    static let facetNames = ["theme", "actor", "instrument", "region"]
    static let kinds = ToolkitSearchSource.kinds.map(\.rawValue) + [EvidenceSearchSource.kind]

    var text = ""
    var kind: String?
    var language: Language?
    var facets: [String: String] = [:]
    var page = 1

    /// Reads `parameters`, or says what is wrong with them.
    static func read(_ parameters: [String: String], t: Localizer) -> Result<SearchParameters, SearchParameterError> {
        var read = SearchParameters()
        read.text = (parameters["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if read.text.count > maximumLength {
            return .failure(.init(message: t(.searchQueryTooLong, ["max": String(maximumLength)])))
        }
        if let page = parameters["page"], !page.isEmpty {
            guard let number = Int(page), (1...maximumPage).contains(number) else {
                return .failure(.init(message: t(.searchBadPage, ["max": String(maximumPage)])))
            }
            read.page = number
        }
        if let kind = parameters["kind"], !kind.isEmpty {
            guard kinds.contains(kind) else { return .failure(.init(message: t(.searchBadFilter, ["value": kind, "name": "kind"]))) }
            read.kind = kind
        }
        if let code = parameters["language"], !code.isEmpty {
            guard let language = Language(rawValue: code) else {
                return .failure(.init(message: t(.searchBadFilter, ["value": code, "name": "language"])))
            }
            read.language = language
        }
        for name in facetNames {
            guard let value = parameters[name], !value.isEmpty else { continue }
            guard value.isValidSlug else { return .failure(.init(message: t(.searchBadFilter, ["value": value, "name": name]))) }
            read.facets[name] = value
        }
        return .success(read)
    }

    /// The index query these parameters ask, read in `language`.
    func query(in language: Language, pageSize: Int = 20) -> SearchQuery {
        SearchQuery(text: text, language: language, kinds: kind.map { [$0] } ?? [], onlyLanguage: self.language,
                    facets: facets, page: page, pageSize: pageSize)
    }

    /// The parameters as a query string, for links that change one of them.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = [("q", text)]
        if let kind { items.append(("kind", kind)) }
        if let language { items.append(("language", language.code)) }
        for name in Self.facetNames { if let value = facets[name] { items.append((name, value)) } }
        if page > 1 { items.append(("page", String(page))) }
        return items
    }

    /// `path` with these parameters.
    func href(_ path: String) -> String {
        path + "?" + queryItems.map { "\($0.0)=\(Self.escape($0.1))" }.joined(separator: "&")
    }

    /// The same search with the filter `name` set to `value` (or removed when `nil`), from page 1.
    func with(_ name: String, _ value: String?) -> SearchParameters {
        var changed = self
        changed.page = 1
        switch name {
        case "kind": changed.kind = value
        case "language": changed.language = value.flatMap(Language.init(rawValue:))
        default: changed.facets[name] = value
        }
        return changed
    }

    private static func escape(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? ""
    }
}

/// Why a search's parameters were refused, in the reader's language.
struct SearchParameterError: Error, Sendable, Hashable {
    let message: String
}
