import Foundation
import HTTPTypes
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusPersistence
import NexusRendering

/// Writing and changing a scenario in the browser: one form, without script, whose "add"
/// buttons send it back one row longer. Saves go through ``ScenarioDesign``, which
/// refuses a form loaded before someone else's save.
struct ScenarioFormPage {
    let app: SignedInPage
    let env: PageEnvironment

    private var design: ScenarioDesign { app.services.app.scenarios }
    private var principal: Principal { app.identity.principal }

    /// `id` is `nil` for a new scenario.
    func answer(id: ScenarioID?, form: FormBody?) async throws -> Response {
        var stored: StoredScenario?
        if let id {
            guard let found = try await design.read(id, as: principal) else { return app.notFound() }
            stored = found
        }
        guard let form else {
            var values = stored.map(ScenarioFormValues.init) ?? .blank(in: app.language)
            if stored == nil, let caseID = app.request.formQuery["case"] { values.caseID = caseID }
            return try await render(values, base: stored)
        }
        var values = ScenarioFormValues(form: form, language: app.language)
        if let stored {
            values.id = stored.record.id.rawValue
            values.sourceLanguage = stored.record.sourceLanguage
        }
        switch ScenarioFormValues.action(of: form) {
        case .add(let list):
            values.add(list)
            return try await render(values, base: stored)
        case .fromCase:
            return try await startFromCase(values, base: stored)
        case .save:
            return try await save(values.withoutDroppedRows, stored: stored)
        }
    }

    private func save(_ values: ScenarioFormValues, stored: StoredScenario?) async throws -> Response {
        let (record, unreadable) = values.converted(base: stored?.record)
        if !unreadable.isEmpty {
            let problems = unreadable + ScenarioValidation.problems(with: record, references: design.references)
            return try await render(values, base: stored, problems: problems, status: .unprocessableContent)
        }
        let result = try await design.save(
            record, expectedRevision: stored == nil ? nil : values.revision ?? 0, as: principal, by: app.identity.actor)
        switch result {
        case .success(let saved):
            return app.redirect(to: .exercises(.scenario(app.language, saved.stored.record.id)), done: "saved")
        case .failure(.invalid(let problems)):
            return try await render(values, base: stored, problems: problems, status: .unprocessableContent)
        case .failure(.forbidden):
            return try await render(values, base: stored, message: app.t(.errorForbiddenBody), status: .forbidden)
        case .failure(.notFound), .failure(.eventsList):
            return app.notFound()
        case .failure(.exists(let id)):
            // A form sent twice (a double click, a reload) finds its own scenario: that is a success.
            if let existing = try await design.read(id, as: principal), existing.record == record {
                return app.redirect(to: .exercises(.scenario(app.language, id)), done: "saved")
            }
            return try await render(
                values, base: stored, problems: [ScenarioProblem("$.id", .duplicate(id.rawValue))],
                message: app.t(.scenarioExists, ["id": Localizer.isolated(id.rawValue)]), status: .conflict)
        case .failure(.stale(let current, _)):
            var newer = values
            newer.revision = current.revision
            let conflict = ScenarioFormModel.Conflict(current: current, t: app.t)
            return try await render(newer, base: current, conflict: conflict, status: .conflict)
        }
    }

    /// The form again with the chosen case's narrative in the first phase, its practices on
    /// the first objective and its title as the scenario's, where those are still empty.
    private func startFromCase(_ values: ScenarioFormValues, base: StoredScenario?) async throws -> Response {
        guard !values.caseID.isEmpty, let found = try await app.services.cases.read(CaseID(values.caseID), as: principal) else {
            return try await render(values, base: base, message: app.t(.scenarioFormChooseCase), status: .unprocessableContent)
        }
        var values = values
        let record = found.record
        let language = values.sourceLanguage
        if values.title.isEmpty { values.title = record.title.resolve(language, source: record.sourceLanguage).text }
        if values.phases.isEmpty { values.add(.phases) }
        if values.phases[0].narrative.isEmpty {
            values.phases[0].narrative = record.summary.resolve(language, source: record.sourceLanguage).text
        }
        if values.objectives.isEmpty { values.add(.objectives) }
        values.objectives[0].practices += record.practices.filter { !values.objectives[0].practices.contains($0) }
        return try await render(values, base: base)
    }

    private func render(
        _ values: ScenarioFormValues, base: StoredScenario?, problems: [ScenarioProblem] = [], conflict: ScenarioFormModel.Conflict? = nil,
        message: String? = nil, notices: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let readable = try await app.services.cases.page(CaseFilter(), as: principal, limit: 500, offset: 0).cases
        let cases = readable.map { ($0.record.id.rawValue, $0.record.title.resolve(app.language, source: $0.record.sourceLanguage).text) }
        let chosen = values.caseID.isEmpty ? nil : readable.first { $0.record.id.rawValue == values.caseID }
        let model = ScenarioFormModel.make(
            values, base: base, problems: problems, conflict: conflict, message: message,
            material: chosen.map { ScenarioCaseMaterial.make($0.record, in: values.sourceLanguage, env: env) }, cases: cases, app: app,
            env: env)
        let route: Route = .exercises(.action(app.language, base.map { .edit($0.record.id) } ?? .new))
        return app.render(
            PageResult(template: "scenario-form", layout: app.layout(model.title, route: route, notices: notices), model: model), status: status)
    }
}
