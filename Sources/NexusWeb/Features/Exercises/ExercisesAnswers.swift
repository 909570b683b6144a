import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// The scenario pages, manuals, downloads and forms. The route has already checked that
/// the asker designs exercises; every answer is theirs alone and never cached.
struct ExercisesAnswers {
    let services: AppServices

    func answer(_ route: ExercisesRoute, _ scope: RequestScope) async throws -> Response {
        let app = scope.signedIn(services)
        let principal = app.identity.principal
        let env = services.environment(app.language, snapshot: services.store.snapshot)
        switch route {
        case .api(let api):
            return try await ScenariosAPI(services: services, principal: principal, actor: app.identity.actor).answer(api, scope: scope)
        case .library:
            return try await library(app, env: env)
        case .materials:
            return try await ExerciseLibraryPage(app: app, env: env).answer()
        case .scenario(_, let id):
            guard let stored = try await services.app.scenarios.read(id, as: principal) else { return app.notFound() }
            var caseTitle: String?
            if let caseID = stored.record.caseID, let found = try await services.cases.read(caseID, as: principal) {
                caseTitle = found.record.title.resolve(app.language, source: found.record.sourceLanguage).text
            }
            let model = ScenarioPage.model(stored, caseTitle: caseTitle, csrfToken: app.identity.csrfToken, env: env)
            return app.render(
                PageResult(
                    template: "scenario",
                    layout: app.layout(model.title, route: .exercises(route), notices: app.doneNotice(Self.notices)),
                    model: model))
        case .manual(_, let id, let manual):
            guard let stored = try await services.app.scenarios.read(id, as: principal) else { return app.notFound() }
            let query = app.request.formQuery
            let scenario = stored.record
            let tailoring = query["tailoring"].flatMap { scenario.tailoring($0) } ?? scenario.tailorings.first
            let day = query["day"].flatMap { $0.isEmpty ? nil : CalendarDay($0) }
            if let asked = query["day"], !asked.isEmpty, day == nil {
                return app.errors.page(
                    { ErrorPage.message($0, $1, title: $1(.scenarioBadDayTitle), message: $1(.scenarioBadDay)) }, status: .badRequest,
                    language: app.language)
            }
            let model = ScenarioManualPage.model(scenario, manual: manual, tailoring: tailoring, day: day, env: env)
            return app.render(
                PageResult(
                    template: "scenario-manual", layout: app.layout("\(model.kind) — \(model.title)", route: .exercises(route)),
                    model: model))
        case .action(_, let action):
            return try await ScenarioActions(app: app, env: env).answer(action, form: scope.form)
        }
    }

    /// The `done` notices of the redirects that end on a scenario or the library.
    static let notices: [String: UIKey] = [
        "imported": .scenarioImported, "duplicated": .scenarioDuplicated, "deleted": .scenarioDeleted, "saved": .scenarioSaved,
        "events-imported": .scenarioEventsImported, "kept": .libraryKept, "inserted": .libraryInserted,
    ]

    private func library(_ app: SignedInPage, env: PageEnvironment) async throws -> Response {
        let page = max(1, min(Int(app.request.formQuery["page"] ?? "") ?? 1, 10_000))
        let size = max(1, min(Int(app.request.formQuery["size"] ?? "") ?? ScenarioLibraryPage.pageSize, 100))
        let result = try await services.app.scenarios.page(as: app.identity.principal, limit: size, offset: (page - 1) * size)
        let model = ScenarioLibraryPage.model(result, page: page, size: size, csrfToken: app.identity.csrfToken, env: env)
        return app.render(
            PageResult(
                template: "scenarios",
                layout: app.layout(model.title, route: .exercises(.library(app.language)), notices: app.doneNotice(Self.notices)),
                model: model))
    }
}
