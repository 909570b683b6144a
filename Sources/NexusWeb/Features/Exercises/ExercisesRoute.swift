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
    /// The library of reusable injects and question sets, searched by `?q=` and `?kind=`.
    case materials(Language)
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
        /// The form that writes a new scenario (GET shows it, POST saves).
        case new
        /// The form that changes a scenario's original texts and parts.
        case edit(ScenarioID)
        /// Adding injects from an events list (MSEL) saved as CSV: upload, columns, preview.
        case events(ScenarioID)
        /// POST: keeps an inject or a phase's questions of a scenario in the library.
        case keep(ScenarioID)
        /// POST: adds a library item to a scenario's phase.
        case insert(ReusableItemID)
        /// POST: removes an item from the library.
        case forget(ReusableItemID)
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
        case materials = "page_exercise_library"
        case handbook = "page_scenario_handbook"
        case situationManual = "page_scenario_situation_manual"
        case new = "app_scenario_new"
        case edit = "app_scenario_edit"
        case events = "app_scenario_events"
        case keep = "app_scenario_keep"
        case insert = "app_library_insert"
        case forget = "app_library_delete"
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
        case .page(let language, ["scenarios", "new"]):
            return .action(language, .new)
        case .page(let language, ["scenarios", "library"]):
            return .materials(language)
        case .page(let language, let segments) where segments.count == 4 && segments[0] == "scenarios" && segments[1] == "library":
            guard segments[2].isValidSlug else { return nil }
            switch segments[3] {
            case "insert": return .action(language, .insert(ReusableItemID(segments[2])))
            case "delete": return .action(language, .forget(ReusableItemID(segments[2])))
            default: return nil
            }
        case .page(let language, let segments) where segments.count == 2 && segments[0] == "scenarios":
            return scenarioID(segments[1]).map { .scenario(language, $0) }
        case .page(let language, let segments) where segments.count == 3 && segments[0] == "scenarios":
            guard let id = scenarioID(segments[1]) else { return nil }
            if let manual = Manual(rawValue: segments[2]) { return .manual(language, id, manual) }
            switch segments[2] {
            case "edit": return .action(language, .edit(id))
            case "msel": return .action(language, .events(id))
            case "keep": return .action(language, .keep(id))
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
        case .materials: .materials(language)
        case .handbook: .manual(language, "sample-exercise", .handbook)
        case .situationManual: .manual(language, "sample-exercise", .situation)
        case .new: .action(language, .new)
        case .edit: .action(language, .edit("sample-exercise"))
        case .events: .action(language, .events("sample-exercise"))
        case .keep: .action(language, .keep("sample-exercise"))
        case .insert: .action(language, .insert("no-such-item"))
        case .forget: .action(language, .forget("no-such-item"))
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
        case .materials(let language): "/\(language.code)/scenarios/library"
        case .manual(let language, let id, let manual): "/\(language.code)/scenarios/\(id)/\(manual.rawValue)"
        case .action(let language, .new): "/\(language.code)/scenarios/new"
        case .action(let language, .edit(let id)): "/\(language.code)/scenarios/\(id)/edit"
        case .action(let language, .events(let id)): "/\(language.code)/scenarios/\(id)/msel"
        case .action(let language, .keep(let id)): "/\(language.code)/scenarios/\(id)/keep"
        case .action(let language, .insert(let item)): "/\(language.code)/scenarios/library/\(item)/insert"
        case .action(let language, .forget(let item)): "/\(language.code)/scenarios/library/\(item)/delete"
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
        case .materials: .materials
        case .manual(_, _, .handbook): .handbook
        case .manual(_, _, .situation): .situationManual
        case .action(_, .new): .new
        case .action(_, .edit): .edit
        case .action(_, .events): .events
        case .action(_, .keep): .keep
        case .action(_, .insert): .insert
        case .action(_, .forget): .forget
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
        case .library(let language), .scenario(let language, _), .materials(let language), .manual(let language, _, _),
            .action(let language, _):
            language
        case .api(.scenarios(let language)), .api(.one(_, let language)), .api(.importFile(let language)): language
        }
    }

    public func inLanguage(_ language: Language) -> ExercisesRoute? {
        switch self {
        case .library: .library(language)
        case .scenario(_, let id): .scenario(language, id)
        case .materials: .materials(language)
        case .manual(_, let id, let manual): .manual(language, id, manual)
        case .action(_, .duplicate(let id)): .action(language, .duplicate(id))
        case .action(_, .new): .action(language, .new)
        case .action(_, .edit(let id)): .action(language, .edit(id))
        case .action(_, .events(let id)): .action(language, .events(id))
        case .action(_, .importFile), .action(_, .delete), .action(_, .export(_)): .library(language)
        case .action(_, .keep(let id)): .scenario(language, id)
        case .action(_, .insert), .action(_, .forget): .materials(language)
        case .api: nil
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .library, .scenario, .materials, .manual, .action(_, .export): Self.readOnly
        case .action(_, .duplicate), .action(_, .new), .action(_, .edit), .action(_, .events): Self.form
        case .action(_, .importFile), .action(_, .delete), .action(_, .keep), .action(_, .insert), .action(_, .forget), .api(.importFile):
            Self.action
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
