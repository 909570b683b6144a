import Foundation
import NexusApplication
import NexusDomain
import NexusLocalization

/// The events-list import's page model, at whichever step the form is.
struct ScenarioEventsModel: Sendable {
    /// Where the import stands: the scenario, the file, the columns, the rows read.
    struct Input {
        var stored: StoredScenario
        var csv = ""
        var table: CSVTable?
        var mapping = MSELMapping()
        var defaultPhase: Int?
        var revision: Int
        var rows: [MSELImport.Row]?

        init(stored: StoredScenario) {
            self.stored = stored
            revision = stored.revision
        }
    }

    struct PreviewRow: Sendable {
        let line: String
        let phase: String
        let time: String
        let kind: String
        let to: String
        let title: String
    }

    let title: String
    let intro: String
    let layoutHelp: [String]
    let action: String
    let csrfToken: String
    let scenarioHref: String
    let isUpload: Bool
    let isMapping: Bool
    let isPreview: Bool
    let csv: String
    let revision: String
    let columns: [FormField]
    let header: [String]
    let sample: [[String]]
    let previewRows: [PreviewRow]
    let previewText: String?
    let problems: [String]
    let lead: String?

    static func make(_ input: Input, problems: [String], lead: String?, app: SignedInPage, env: PageEnvironment) -> ScenarioEventsModel {
        let t = env.t
        let scenario = input.stored.record
        let labels = ScenarioLabels(
            scenario: scenario, text: TailoredText(tailor: ScenarioTailor(scenario, tailoring: nil), scenario: scenario, env: env), env: env)
        let header = input.table?.header ?? []
        var columns = MSELField.allCases.map { field in
            let chosen = input.mapping.columns[field].map(String.init) ?? ""
            return FormField.select(
                "map-" + field.rawValue, label(field, t) + (field.isRequired ? " *" : ""), value: chosen,
                header.enumerated().map {
                    (String($0.offset), $0.element.isEmpty ? t(.scenarioEventsColumn, ["number": t.number($0.offset + 1)]) : $0.element)
                },
                blank: t(.scenarioEventsNotInFile))
        }
        columns.append(
            .select(
                "phase", t(.scenarioEventsDefaultPhase), value: input.defaultPhase.map(String.init) ?? "",
                scenario.phases.indices.map { (String($0), labels.heading(of: scenario.phases[$0], at: $0)) }, blank: "—"))
        let rows = input.rows ?? []
        return ScenarioEventsModel(
            title: t(.scenarioEventsTitle), intro: t(.scenarioEventsIntro),
            layoutHelp: MSELField.allCases.map { "\(label($0, t)): \(t(help($0)))" },
            action: Route.exercises(.action(env.language, .events(scenario.id))).path, csrfToken: app.identity.csrfToken,
            scenarioHref: Route.exercises(.scenario(env.language, scenario.id)).path, isUpload: input.table == nil,
            isMapping: input.table != nil && input.rows == nil, isPreview: input.rows != nil, csv: input.csv,
            revision: String(input.revision), columns: columns, header: header,
            sample: (input.table?.records.prefix(3) ?? []).map { record in header.indices.map { $0 < record.fields.count ? record.fields[$0] : "" } },
            previewRows: rows.map { row in
                PreviewRow(
                    line: t.number(row.line), phase: labels.heading(of: scenario.phases[row.phase], at: row.phase),
                    time: labels.offset(row.inject.offsetMinutes), kind: labels.kind(row.inject.kind), to: labels.addressees(row.inject.addressedTo),
                    title: row.inject.title[scenario.sourceLanguage] ?? "")
            },
            previewText: input.rows.map { t(.scenarioEventsPreview, ["count": t.number($0.count)]) }, problems: problems, lead: lead)
    }

    static func label(_ field: MSELField, _ t: Localizer) -> String {
        switch field {
        case .phase: t(.scenarioPhase)
        case .time: t(.scenarioTime)
        case .kind: t(.scenarioKind)
        case .addressedTo: t(.scenarioTo)
        case .title: t(.scenarioFormInjectTitle)
        case .from: t(.scenarioFrom)
        case .text: t(.scenarioFormInjectText)
        }
    }

    private static func help(_ field: MSELField) -> UIKey {
        switch field {
        case .phase: .scenarioEventsHelpPhase
        case .time: .scenarioEventsHelpTime
        case .kind: .scenarioEventsHelpKind
        case .addressedTo: .scenarioEventsHelpTo
        case .title, .from, .text: .scenarioEventsHelpText
        }
    }

    /// "Line 4, column “Time”: “soon” is not a time …": the column as the file names it.
    static func line(_ problem: MSELProblem, header: [String], mapping: MSELMapping, _ t: Localizer) -> String {
        let value = { (text: String) in ["value": Localizer.isolated(text)] }
        let message: String =
            switch problem.kind {
            case .notCSV(.empty): t(.problemCSVEmpty)
            case .notCSV: t(.problemCSVQuote)
            case .noRecords: t(.problemNoRecords)
            case .tooManyRecords(let maximum): t(.problemTooManyRecords, ["maximum": t.number(maximum)])
            case .unmapped: t(.problemNotMapped)
            case .sameColumn: t(.problemSameColumn)
            case .missing: t(.problemMissing)
            case .unreadableTime(let text): t(.problemUnreadableTime, value(text))
            case .unknownPhase(let text): t(.problemUnknownPhase, value(text))
            case .unknownKind(let text): t(.problemUnknownKind, value(text))
            case .unknownActor(let text): t(.problemUnknownActorType, value(text))
            case .tooLong(let maximum): t(.problemTooLong, ["maximum": t.number(maximum)])
            case .tooManyInjects(let maximum): t(.problemTooMany, ["maximum": t.number(maximum)])
            }
        guard let field = problem.field else { return t(.importProblemLine, ["line": t.number(problem.line), "problem": message]) }
        let column = mapping.columns[field].flatMap { $0 < header.count && !header[$0].isEmpty ? header[$0] : nil } ?? label(field, t)
        return t(.importProblemAt, ["line": t.number(problem.line), "column": Localizer.isolated(column), "problem": message])
    }
}
