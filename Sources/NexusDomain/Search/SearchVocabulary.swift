/// What a search document is. Each case belongs to one feature's search source, which
/// registers it; the compiler then makes every switch over the kinds (labels, links)
/// handle a new one.
public enum SearchKind: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case concept
    case theme
    case practice
    case instrument
    case actor
    case initiative
    case region
    case meeting
    case finding
    case `case`

    /// The search kind of a toolkit item.
    public init(_ kind: ContentKind) {
        switch kind {
        case .concept: self = .concept
        case .theme: self = .theme
        case .practice: self = .practice
        case .instrument: self = .instrument
        case .actor: self = .actor
        case .initiative: self = .initiative
        case .region: self = .region
        case .meeting: self = .meeting
        }
    }

    /// The toolkit item kind this is, if it is one.
    public var contentKind: ContentKind? {
        switch self {
        case .concept: .concept
        case .theme: .theme
        case .practice: .practice
        case .instrument: .instrument
        case .actor: .actor
        case .initiative: .initiative
        case .region: .region
        case .meeting: .meeting
        case .finding, .case: nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A facet documents carry besides their kind and language: the toolkit items they are
/// linked to, by slug.
public enum SearchFacet: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case theme
    case actor
    case instrument
    case region
    case practice

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What the results can be narrowed by: the kind, the language, or a facet. Facet counts
/// come back under these.
public enum SearchFilter: Hashable, Sendable, Comparable {
    case kind
    case language
    case facet(SearchFacet)

    /// Every filter, in the order a results page shows them.
    public static let all: [SearchFilter] = [.kind, .language] + SearchFacet.allCases.map(SearchFilter.facet)

    /// The name used in query strings and in the index: `kind`, `language`, `theme`, …
    public var name: String {
        switch self {
        case .kind: "kind"
        case .language: "language"
        case .facet(let facet): facet.rawValue
        }
    }

    /// The filter called `name`, if there is one.
    public init?(name: String) {
        switch name {
        case "kind": self = .kind
        case "language": self = .language
        default:
            guard let facet = SearchFacet(rawValue: name) else { return nil }
            self = .facet(facet)
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }
}
