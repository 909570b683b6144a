import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// Editing toolkit content: the list of items, an item's form, and its history.
public enum EditingRoute: FeatureRoute {
    case page(Language, Page)

    public enum Page: Hashable, Sendable {
        case index
        case item(ContentKind, String)
        case history(ContentKind, String)
    }

    public enum Name: String, CaseIterable, Sendable {
        case index = "app_edit_index"
        case item = "app_edit_item"
        case history = "app_edit_history"
    }

    public static func parse(_ address: RouteAddress) -> EditingRoute? {
        guard case .page(let language, let segments) = address.place, segments.first == "edit" else { return nil }
        switch segments.count {
        case 1: return .page(language, .index)
        case 3, 4:
            guard let kind = ContentKind(folder: segments[1]), segments[2].isValidSlug else { return nil }
            if segments.count == 3 { return .page(language, .item(kind, segments[2])) }
            return segments[3] == "history" ? .page(language, .history(kind, segments[2])) : nil
        default: return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> EditingRoute {
        switch name {
        case .index: .page(language, .index)
        case .item: .page(language, .item(.practice, "first"))
        case .history: .page(language, .history(.practice, "first"))
        }
    }

    public var path: String {
        switch self {
        case .page(let language, .index): "/\(language.code)/edit"
        case .page(let language, .item(let kind, let slug)): "/\(language.code)/edit/\(kind.folder)/\(slug)"
        case .page(let language, .history(let kind, let slug)): "/\(language.code)/edit/\(kind.folder)/\(slug)/history"
        }
    }

    public var name: Name {
        switch self {
        case .page(_, .index): .index
        case .page(_, .item): .item
        case .page(_, .history): .history
        }
    }

    public var language: Language {
        switch self {
        case .page(let language, _): language
        }
    }

    public func inLanguage(_ language: Language) -> EditingRoute? {
        switch self {
        case .page(_, let page): .page(language, page)
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .page(_, .item): Self.form
        case .page(_, .index), .page(_, .history): Self.readOnly
        }
    }

    /// Programme officers edit meetings and regions, and see the list of what they can edit.
    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch self {
        case .page(_, .index): .recordEvidence
        case .page(_, .item(let kind, _)), .page(_, .history(let kind, _)):
            kind == .meeting || kind == .region ? .recordEvidence : .editContent
        }
    }

    public var isAPI: Bool { false }
}
