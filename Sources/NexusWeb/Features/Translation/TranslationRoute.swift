import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// Translators' work: the dashboard of their languages and the side-by-side form.
public enum TranslationRoute: FeatureRoute {
    case page(Language, Page)

    public enum Page: Hashable, Sendable {
        case dashboard
        /// Translating an item into `target`.
        case item(target: Language, ContentKind, String)
        /// Translating a case's texts into `target`.
        case caseItem(target: Language, CaseID)
        /// The side-by-side form for one scenario's texts, for those who design exercises.
        case scenarioItem(target: Language, ScenarioID)
    }

    public enum Name: String, CaseIterable, Sendable {
        case dashboard = "app_translations"
        case item = "app_translate_item"
        case caseItem = "app_translate_case"
        case scenarioItem = "app_translate_scenario"
    }

    public static func parse(_ address: RouteAddress) -> TranslationRoute? {
        guard case .page(let language, let segments) = address.place, segments.first == "translate" else { return nil }
        switch segments.count {
        case 1: return .page(language, .dashboard)
        case 4:
            guard let target = Language(rawValue: segments[1]), segments[3].isValidSlug else { return nil }
            if segments[2] == "cases" { return .page(language, .caseItem(target: target, CaseID(segments[3]))) }
            if segments[2] == "scenarios" { return .page(language, .scenarioItem(target: target, ScenarioID(segments[3]))) }
            guard target != .source, let kind = ContentKind(folder: segments[2]) else { return nil }
            return .page(language, .item(target: target, kind, segments[3]))
        default: return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> TranslationRoute {
        switch name {
        case .dashboard: .page(language, .dashboard)
        case .item: .page(language, .item(target: .fr, .practice, "first"))
        case .caseItem: .page(language, .caseItem(target: .fr, "open-network"))
        case .scenarioItem: .page(language, .scenarioItem(target: .fr, "sample-exercise"))
        }
    }

    public var path: String {
        switch self {
        case .page(let language, .dashboard): "/\(language.code)/translate"
        case .page(let language, .item(let target, let kind, let slug)): "/\(language.code)/translate/\(target.code)/\(kind.folder)/\(slug)"
        case .page(let language, .caseItem(let target, let id)): "/\(language.code)/translate/\(target.code)/cases/\(id)"
        case .page(let language, .scenarioItem(let target, let id)): "/\(language.code)/translate/\(target.code)/scenarios/\(id)"
        }
    }

    public var name: Name {
        switch self {
        case .page(_, .dashboard): .dashboard
        case .page(_, .item): .item
        case .page(_, .caseItem): .caseItem
        case .page(_, .scenarioItem): .scenarioItem
        }
    }

    public var language: Language {
        switch self {
        case .page(let language, _): language
        }
    }

    public func inLanguage(_ language: Language) -> TranslationRoute? {
        switch self {
        case .page(_, let page): .page(language, page)
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .page(_, .dashboard): Self.readOnly
        case .page(_, .item), .page(_, .caseItem), .page(_, .scenarioItem): Self.form
        }
    }

    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch self {
        case .page(_, .dashboard): .seeTranslationWork
        case .page(_, .scenarioItem): .designExercises
        case .page(_, .item(let target, _, _)), .page(_, .caseItem(let target, _)): .translate(target)
        }
    }

    public var isAPI: Bool { false }
}
