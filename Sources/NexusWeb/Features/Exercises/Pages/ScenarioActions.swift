import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization

/// What changes scenarios from the browser: writing one, importing an exercise file,
/// downloading one, duplicating and deleting a scenario.
struct ScenarioActions {
    let app: SignedInPage
    let env: PageEnvironment

    var design: ScenarioDesign { app.services.app.scenarios }
    var principal: Principal { app.identity.principal }

    func answer(_ action: ExercisesRoute.Action, form: FormBody?) async throws -> Response {
        switch action {
        case .new:
            return try await ScenarioFormPage(app: app, env: env).answer(id: nil, form: form)
        case .edit(let id):
            return try await ScenarioFormPage(app: app, env: env).answer(id: id, form: form)
        case .events(let id):
            return try await ScenarioEventsPage(app: app, env: env).answer(id: id, form: form)
        case .keep(let id):
            return try await ExerciseLibraryActions(app: app, env: env).keep(id, form: form)
        case .insert(let item):
            return try await ExerciseLibraryActions(app: app, env: env).insert(item, form: form)
        case .forget(let item):
            return try await ExerciseLibraryActions(app: app, env: env).forget(item)
        case .importFile:
            let data = Data((form?["file"] ?? "").utf8)
            switch try await design.importFile(data, as: principal, by: app.identity.actor) {
            case .success(let saved):
                return app.redirect(to: .exercises(.scenario(app.language, saved.stored.record.id)), done: "imported")
            case .failure(let refusal):
                let lines: [String] =
                    switch refusal {
                    case .invalid(let problems): problems.map { ScenarioMessages.line($0, app.t) }
                    case .exists(let id): [app.t(.scenarioExists, ["id": Localizer.isolated(id.rawValue)])]
                    case .forbidden, .notFound, .stale, .eventsList: [app.t(.errorForbiddenBody)]
                    }
                return try await library(problems: [app.t(.scenarioFileInvalid)] + lines)
            }
        case .export(let id):
            let url = PublishedSchema.exerciseFile.address(
                publicURL: app.services.config.publicURL, authority: app.request.head.authority,
                secure: app.services.config.secureCookies)
            guard let file = try await design.exportFile(id, schemaURL: url, as: principal) else { return app.notFound() }
            return ScenariosAPI.file(file, id: id, download: true)
        case .duplicate(let id):
            guard let stored = try await design.read(id, as: principal) else { return app.notFound() }
            return try await duplicate(stored, form: form)
        case .delete(let id):
            _ = try await design.delete(id, as: principal, by: app.identity.actor)
            return app.redirect(to: .exercises(.library(app.language)), done: "deleted")
        }
    }

    private func library(problems: [String]) async throws -> Response {
        let size = ScenarioLibraryPage.pageSize
        let result = try await design.page(as: principal, limit: size, offset: 0)
        let model = ScenarioLibraryPage.model(result, page: 1, csrfToken: app.identity.csrfToken, problems: problems, env: env)
        return app.render(
            PageResult(template: "scenarios", layout: app.layout(model.title, route: .exercises(.library(app.language))), model: model),
            status: .unprocessableContent)
    }

    private func duplicate(_ stored: StoredScenario, form: FormBody?) async throws -> Response {
        let source = stored.record
        var values = ScenarioDuplicatePage.Values(
            id: source.id.rawValue + "-copy",
            title: source.title[source.sourceLanguage].map { app.t(.scenarioCopyTitle, ["title": $0]) } ?? "")
        guard let form else { return render(ScenarioDuplicatePage.model(source, values: values, app: app, env: env)) }
        values = .init(id: form.text("id"), title: form.text("title"))
        var problems: [String] = []
        if !values.id.isValidSlug || ScenarioValidation.reservedIdentifiers.contains(values.id) {
            problems.append(app.t(.problemInvalidIdentifier, ["value": Localizer.isolated(values.id)]))
        }
        if values.title.isEmpty { problems.append("\(app.t(.caseFormTitle)): \(app.t(.problemMissing))") }
        if problems.isEmpty {
            switch try await design.duplicate(
                source.id, as: ScenarioID(values.id), title: values.title, principal: principal, by: app.identity.actor)
            {
            case .success(let saved):
                return app.redirect(to: .exercises(.scenario(app.language, saved.stored.record.id)), done: "duplicated")
            case .failure(.exists(let id)): problems.append(app.t(.scenarioExists, ["id": Localizer.isolated(id.rawValue)]))
            case .failure(.invalid(let found)): problems += found.map { ScenarioMessages.line($0, app.t) }
            case .failure: problems.append(app.t(.errorForbiddenBody))
            }
        }
        return render(ScenarioDuplicatePage.model(source, values: values, problems: problems, app: app, env: env), status: .unprocessableContent)
    }

    private func render(_ model: ScenarioDuplicatePage.Model, status: HTTPResponse.Status = .ok) -> Response {
        app.render(
            PageResult(
                template: "scenario-duplicate", layout: app.layout(model.title, route: .exercises(.library(app.language))), model: model),
            status: status)
    }
}

/// The form that copies a scenario under a new identifier and title.
enum ScenarioDuplicatePage {
    struct Values: Sendable {
        let id: String
        let title: String
    }

    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let csrfToken: String
        let values: Values
        let problems: [String]
        let hasProblems: Bool
        let cancelHref: String
    }

    static func model(_ source: Scenario, values: Values, problems: [String] = [], app: SignedInPage, env: PageEnvironment) -> Model {
        let title = source.title.resolve(env.language, source: source.sourceLanguage).text
        return Model(
            title: app.t(.scenarioDuplicateTitle, ["title": title]), intro: app.t(.scenarioDuplicateIntro),
            action: Route.exercises(.action(env.language, .duplicate(source.id))).path, csrfToken: app.identity.csrfToken,
            values: values, problems: problems, hasProblems: !problems.isEmpty,
            cancelHref: Route.exercises(.scenario(env.language, source.id)).path)
    }
}
