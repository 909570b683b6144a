public import HTTPTypes
public import NexusDomain

/// Scenario exercises as facilitators design them: the scenarios under
/// `/{lang}/scenarios`, their printed manuals, the exercise file going out and coming in,
/// and `/api/v1/scenarios…`. Only those who design exercises (facilitators, editors,
/// administrators) reach any of it; none of it is page-cached.
public enum ExercisesRoute: FeatureRoute {
    /// The scenarios, with the form that imports an exercise file.
    case library(Language)
    /// One scenario's overview.
    case scenario(Language, ScenarioID)
    /// A printed manual of a scenario; `?tailoring=` and `?day=` choose the country and day.
    case manual(Language, ScenarioID, Manual)
    /// What changes scenarios in the browser.
    case action(Language, Action)
    /// The endpoints; each answers in the language of its `lang` parameter.
    case api(API)

    /// The two manuals.
    public enum Manual: String, Hashable, Sendable, CaseIterable {
        /// Everything, expected actions and the evaluator's tasks included.
        case handbook
        /// What players get: no expected actions, no critical tasks.
        case situation = "situation-manual"
    }

    /// The forms and downloads.
    public enum Action: Hashable, Sendable {
        /// POST: an exercise file uploaded from the library page.
        case importFile
        /// The exercise file of a scenario, as a download.
        case export(ScenarioID)
        /// A copy under a new identifier (GET shows the form).
        case duplicate(ScenarioID)
        /// POST: deletes a scenario.
        case delete(ScenarioID)
    }

    /// The endpoints.
    public enum API: Hashable, Sendable {
        /// The scenarios in brief, paged by `limit` and `offset`.
        case scenarios(Language)
        /// One scenario as an exercise file.
        case one(ScenarioID, Language)
        /// POST: an exercise file to store as a new scenario.
        case importFile(Language)
    }

    public enum Name: String, CaseIterable, Sendable {
        case library = "page_scenarios"
        case scenario = "page_scenario"
        case handbook = "page_scenario_handbook"
        case situationManual = "page_scenario_situation_manual"
        case importFile = "app_scenario_import"
        case export = "app_scenario_export"
        case duplicate = "app_scenario_duplicate"
        case delete = "app_scenario_delete"
        case scenariosAPI = "api_scenarios"
        case scenarioAPI = "api_scenario"
        case importAPI = "api_scenarios_import"
    }

    /// Words under `/scenarios/` that are not scenario identifiers.
    static let reservedWords = ScenarioValidation.reservedIdentifiers

    public static func parse(_ address: RouteAddress) -> ExercisesRoute? {
        switch address.place {
        case .page(let language, ["scenarios"]):
            return .library(language)
        case .page(let language, ["scenarios", "import"]):
            return .action(language, .importFile)
        case .page(let language, let segments) where segments.count == 2 && segments[0] == "scenarios":
            return scenarioID(segments[1]).map { .scenario(language, $0) }
        case .page(let language, let segments) where segments.count == 3 && segments[0] == "scenarios":
            guard let id = scenarioID(segments[1]) else { return nil }
            if let manual = Manual(rawValue: segments[2]) { return .manual(language, id, manual) }
            switch segments[2] {
            case "export": return .action(language, .export(id))
            case "duplicate": return .action(language, .duplicate(id))
            case "delete": return .action(language, .delete(id))
            default: return nil
            }
        case .api(["scenarios"], let language):
            return .api(.scenarios(language))
        case .api(["scenarios", "import"], let language):
            return .api(.importFile(language))
        case .api(let segments, let language) where segments.count == 2 && segments[0] == "scenarios":
            return scenarioID(segments[1]).map { .api(.one($0, language)) }
        default:
            return nil
        }
    }

    private static func scenarioID(_ segment: String) -> ScenarioID? {
        segment.isValidSlug && !reservedWords.contains(segment) ? ScenarioID(segment) : nil
    }

    public static func sample(_ name: Name, in language: Language) -> ExercisesRoute {
        switch name {
        case .library: .library(language)
        case .scenario: .scenario(language, "sample-exercise")
        case .handbook: .manual(language, "sample-exercise", .handbook)
        case .situationManual: .manual(language, "sample-exercise", .situation)
        case .importFile: .action(language, .importFile)
        case .export: .action(language, .export("sample-exercise"))
        case .duplicate: .action(language, .duplicate("sample-exercise"))
        case .delete: .action(language, .delete("no-such-scenario"))
        case .scenariosAPI: .api(.scenarios(language))
        case .scenarioAPI: .api(.one("sample-exercise", language))
        case .importAPI: .api(.importFile(language))
        }
    }

    public var path: String {
        switch self {
        case .library(let language): "/\(language.code)/scenarios"
        case .scenario(let language, let id): "/\(language.code)/scenarios/\(id)"
        case .manual(let language, let id, let manual): "/\(language.code)/scenarios/\(id)/\(manual.rawValue)"
        case .action(let language, .importFile): "/\(language.code)/scenarios/import"
        case .action(let language, .export(let id)): "/\(language.code)/scenarios/\(id)/export"
        case .action(let language, .duplicate(let id)): "/\(language.code)/scenarios/\(id)/duplicate"
        case .action(let language, .delete(let id)): "/\(language.code)/scenarios/\(id)/delete"
        case .api(.scenarios(let language)): "/api/v1/scenarios?lang=\(language.code)"
        case .api(.one(let id, let language)): "/api/v1/scenarios/\(id)?lang=\(language.code)"
        case .api(.importFile(let language)): "/api/v1/scenarios/import?lang=\(language.code)"
        }
    }

    public var name: Name {
        switch self {
        case .library: .library
        case .scenario: .scenario
        case .manual(_, _, .handbook): .handbook
        case .manual(_, _, .situation): .situationManual
        case .action(_, .importFile): .importFile
        case .action(_, .export): .export
        case .action(_, .duplicate): .duplicate
        case .action(_, .delete): .delete
        case .api(.scenarios): .scenariosAPI
        case .api(.one): .scenarioAPI
        case .api(.importFile): .importAPI
        }
    }

    public var language: Language {
        switch self {
        case .library(let language), .scenario(let language, _), .manual(let language, _, _), .action(let language, _): language
        case .api(.scenarios(let language)), .api(.one(_, let language)), .api(.importFile(let language)): language
        }
    }

    public func inLanguage(_ language: Language) -> ExercisesRoute? {
        switch self {
        case .library: .library(language)
        case .scenario(_, let id): .scenario(language, id)
        case .manual(_, let id, let manual): .manual(language, id, manual)
        case .action(_, .duplicate(let id)): .action(language, .duplicate(id))
        case .action(_, .importFile), .action(_, .delete), .action(_, .export(_)): .library(language)
        case .api: nil
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .library, .scenario, .manual, .action(_, .export): Self.readOnly
        case .action(_, .duplicate): Self.form
        case .action(_, .importFile), .action(_, .delete), .api(.importFile): Self.action
        case .api: Self.readOnly
        }
    }

    /// Everything here is for those who design exercises.
    public func permission(for method: HTTPRequest.Method) -> Permission { .designExercises }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}
