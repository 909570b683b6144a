/// The kinds of toolkit item, each stored in its own folder of `Content/`.
public enum ContentKind: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case concept
    case theme
    case practice
    case instrument
    case actor
    case initiative
    case region
    case meeting

    /// The folder of `Content/` that holds items of this kind.
    public var folder: String {
        switch self {
        case .concept: "concept"
        case .theme: "themes"
        case .practice: "practices"
        case .instrument: "instruments"
        case .actor: "actors"
        case .initiative: "initiatives"
        case .region: "regions"
        case .meeting: "meetings"
        }
    }

    /// The kind stored in a folder, if any.
    public init?(folder: String) {
        guard let kind = Self.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }

    public static func < (lhs: ContentKind, rhs: ContentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
