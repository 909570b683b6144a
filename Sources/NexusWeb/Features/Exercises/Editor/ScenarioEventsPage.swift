import Foundation
import HTTPTypes
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization

/// Adding injects from an events list (MSEL) saved from a spreadsheet as CSV, in three
/// steps without script: the file; which column holds what, with the file's first rows to
/// go by; a preview of every inject. Every row is checked at each step, and nothing is
/// added unless every row is good: a bad file gets each problem with its line.
struct ScenarioEventsPage {
    let app: SignedInPage
    let env: PageEnvironment

    /// How many problems the page lists before it only counts the rest.
    static let problemsShown = 50

    /// The steps, as the form's `_step` names them.
    enum Step: String {
        case upload, preview, save
    }

    func answer(id: ScenarioID, form: FormBody?) async throws -> Response {
        let design = app.services.app.scenarios
        guard let stored = try await design.read(id, as: app.identity.principal) else { return app.notFound() }
        var view = ScenarioEventsModel.Input(stored: stored)
        guard let form else { return render(view) }
        if form["file" + FormBody.notUTF8Suffix] != nil {
            return render(view, lead: app.t(.importNotUTF8), status: .unprocessableContent)
        }
        let file = form["file"] ?? ""
        view.csv = file.isEmpty ? form["csv"] ?? "" : file
        guard !view.csv.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return render(view, lead: app.t(.importNoFile), status: .unprocessableContent)
        }
        let table: CSVTable
        switch MSELImport.table(view.csv) {
        case .failure(let rejected):
            view.csv = ""
            return failed(rejected.problems, view)
        case .success(let read): table = read
        }
        view.table = table
        let step = Step(rawValue: form.text("_step")) ?? .upload
        view.revision = Int(form.text("revision")) ?? stored.revision
        view.defaultPhase = Int(form.text("phase")).flatMap { stored.record.phases.indices.contains($0) ? $0 : nil }
        if step == .upload || !file.isEmpty {
            view.mapping = MSELMapping.guess(header: table.header)
            return render(view)
        }
        view.mapping = Self.mapping(form, columns: table.header.count)
        let names = Self.names(app.services)
        if step == .preview {
            switch MSELImport.read(
                table, mapping: view.mapping, into: stored.record, defaultPhase: view.defaultPhase, names: names, references: design.references)
            {
            case .failure(let rejected): return failed(rejected.problems, view)
            case .success(let rows):
                view.rows = rows
                return render(view)
            }
        }
        let result = try await design.importEvents(
            view.csv, mapping: view.mapping, defaultPhase: view.defaultPhase, names: names, into: id, expectedRevision: view.revision,
            as: app.identity.principal, by: app.identity.actor)
        switch result {
        case .success:
            return app.redirect(to: .exercises(.scenario(app.language, id)), done: "events-imported")
        case .failure(.eventsList(let problems)):
            return failed(problems, view)
        case .failure(.invalid(let problems)):
            return render(
                view, problems: problems.map { ScenarioMessages.line($0, app.t) }, lead: app.t(.scenarioEventsInvalid),
                status: .unprocessableContent)
        case .failure(.stale(let current, _)):
            view.revision = current.revision
            view.stored = current
            return render(view, lead: app.t(.scenarioEventsStale), status: .conflict)
        case .failure(.notFound), .failure(.exists):
            return app.notFound()
        case .failure(.forbidden):
            return render(view, lead: app.t(.errorForbiddenBody), status: .forbidden)
        }
    }

    /// The columns chosen in the form: `map-time` = the column's position.
    static func mapping(_ form: FormBody, columns: Int) -> MSELMapping {
        var mapping = MSELMapping()
        for field in MSELField.allCases {
            if let column = Int(form.text("map-" + field.rawValue)), (0..<columns).contains(column) { mapping.columns[field] = column }
        }
        return mapping
    }

    /// The names of the kinds of inject and of the actor types in the four languages, as a
    /// spreadsheet may write them.
    static func names(_ services: AppServices) -> MSELImport.Names {
        var kinds: [String: InjectKind] = [:]
        var actors: [String: String] = [:]
        let snapshot = services.store.snapshot
        for language in Language.allCases {
            let env = services.environment(language, snapshot: snapshot)
            for kind in InjectKind.allCases { kinds[env.t(ScenarioLabels.kind(kind)).lowercased()] = kind }
            for actor in snapshot.actors { actors[env.text(actor.info).text.title.lowercased()] = actor.info.slug }
        }
        return MSELImport.Names(kinds: kinds, actors: actors)
    }

    private func failed(_ problems: [MSELProblem], _ view: ScenarioEventsModel.Input) -> Response {
        let t = app.t
        var lines = problems.prefix(Self.problemsShown).map {
            ScenarioEventsModel.line($0, header: view.table?.header ?? [], mapping: view.mapping, t)
        }
        if problems.count > Self.problemsShown {
            lines.append(t(.importProblemsMore, ["count": t.number(problems.count - Self.problemsShown)]))
        }
        return render(view, problems: lines, lead: t(.importFailed, ["count": t.number(problems.count)]), status: .unprocessableContent)
    }

    private func render(
        _ view: ScenarioEventsModel.Input, problems: [String] = [], lead: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let model = ScenarioEventsModel.make(view, problems: problems, lead: lead, app: app, env: env)
        let route: Route = .exercises(.action(app.language, .events(view.stored.record.id)))
        return app.render(PageResult(template: "scenario-events", layout: app.layout(model.title, route: route), model: model), status: status)
    }
}
