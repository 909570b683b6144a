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
    var text = ""
    var kind: SearchKind?
    var language: Language?
    var facets: [SearchFacet: String] = [:]
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
        // Only what a registered search source writes can be asked for.
        if let name = parameters["kind"], !name.isEmpty {
            guard let kind = SearchKind(rawValue: name), SearchSources.kinds.contains(kind) else {
                return .failure(.init(message: t(.searchBadFilter, ["value": name, "name": "kind"])))
            }
            read.kind = kind
        }
        if let code = parameters["language"], !code.isEmpty {
            guard let language = Language(rawValue: code) else {
                return .failure(.init(message: t(.searchBadFilter, ["value": code, "name": "language"])))
            }
            read.language = language
        }
        for facet in SearchSources.facets {
            guard let value = parameters[facet.rawValue], !value.isEmpty else { continue }
            guard value.isValidSlug else {
                return .failure(.init(message: t(.searchBadFilter, ["value": value, "name": facet.rawValue])))
            }
            read.facets[facet] = value
        }
        return .success(read)
    }

    /// The index query these parameters ask, read in `language`.
    /// The index query; `principal` decides which restricted documents (cases) it may find.
    func query(in language: Language, as principal: Principal, pageSize: Int = 20) -> SearchQuery {
        SearchQuery(
            text: text, language: language, kinds: kind.map { [$0] } ?? [], onlyLanguage: self.language,
            facets: facets, audiences: CaseAccess.audiences(for: principal).words, page: page, pageSize: pageSize)
    }

    /// The parameters as a query string, for links that change one of them.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = [("q", text)]
        if let kind { items.append((SearchFilter.kind.name, kind.rawValue)) }
        if let language { items.append((SearchFilter.language.name, language.code)) }
        for facet in SearchSources.facets { if let value = facets[facet] { items.append((facet.rawValue, value)) } }
        if page > 1 { items.append(("page", String(page))) }
        return items
    }

    /// `path` with these parameters.
    func href(_ path: String) -> String {
        path + "?" + queryItems.map { "\($0.0)=\(Self.escape($0.1))" }.joined(separator: "&")
    }

    /// The value of `filter` these parameters select, as the index names it.
    func selected(_ filter: SearchFilter) -> String? {
        switch filter {
        case .kind: kind?.rawValue
        case .language: language?.code
        case .facet(let facet): facets[facet]
        }
    }

    /// The same search with `filter` set to `value` (or removed when `nil`), from page 1.
    func with(_ filter: SearchFilter, _ value: String?) -> SearchParameters {
        var changed = self
        changed.page = 1
        switch filter {
        case .kind: changed.kind = value.flatMap(SearchKind.init(rawValue:))
        case .language: changed.language = value.flatMap(Language.init(rawValue:))
        case .facet(let facet): changed.facets[facet] = value
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
