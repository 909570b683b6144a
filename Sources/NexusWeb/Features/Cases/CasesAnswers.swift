import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusPersistence
import NexusRendering

/// The case library's pages and API. Every answer is made for the principal who asks —
/// restricted, registered-only and draft cases are read only by those ``CaseAccess``
/// allows — and none is page-cached.
struct CasesAnswers {
    let services: AppServices

    func answer(_ route: CasesRoute, _ scope: RequestScope) async throws -> Response {
        let principal = scope.identity?.principal ?? .anonymous
        switch route {
        case .library(let language):
            return try await library(language, route: route, scope: scope, principal: principal)
        case .page(let language, let id):
            let env = services.environment(language, snapshot: services.store.snapshot)
            guard let stored = try await services.cases.read(id, as: principal) else {
                return ErrorAnswers(services: services).page({ ErrorPage.notFound($0, $1, message: nil) }, status: .notFound, language: language)
            }
            let record = stored.record
            let mayEdit =
                Authorization.allows(principal, .draftCases)
                && (record.status == .draft || Authorization.allows(principal, .editCases))
            let editHref = mayEdit ? Route.cases(.editor(language, .edit(id))).path : nil
            // Those who design exercises start a scenario from the case.
            let scenarioHref =
                Authorization.allows(principal, .designExercises)
                ? Route.exercises(.action(language, .new)).path + "?case=" + id.rawValue : nil
            return render(
                CasePage.result(stored, route: route, editHref: editHref, scenarioHref: scenarioHref, env), identity: scope.identity, env: env,
                notices: done(scope, ["saved": .caseSaved]))
        case .editor(_, let editor):
            let page = CaseFormPage(app: scope.signedIn(services))
            switch editor {
            case .new: return try await page.answer(id: nil, form: scope.form)
            case .edit(let id): return try await page.answer(id: id, form: scope.form)
            case .delete(let id): return try await page.delete(id: id)
            }
        case .api(let api):
            return try await CasesAPI(services: services, principal: principal).answer(api, scope: scope)
        }
    }

    private func library(_ language: Language, route: CasesRoute, scope: RequestScope, principal: Principal) async throws -> Response {
        let env = services.environment(language, snapshot: services.store.snapshot)
        let query = scope.request.formQuery.firstValues
        var filter = CaseFilter()
        var error: String?
        switch CaseFilter.parse(query) {
        case .success(let parsed): filter = parsed
        case .failure(let rejected):
            error = env.t(.casesBadFilter, ["facets": rejected.problems.map { env.t(CaseLabels.facet($0)) }.joined(separator: ", ")])
        }
        let page = max(1, min(Int(query["page"] ?? "") ?? 1, 10_000))
        let size = max(1, min(Int(query["size"] ?? "") ?? CaseLibraryPage.pageSize, 100))
        let result = try await services.cases.page(filter, as: principal, limit: size, offset: (page - 1) * size)
        let counts = try await services.cases.facets(filter, as: principal)
        let recordHref = Authorization.allows(principal, .draftCases) ? Route.cases(.editor(language, .new)).path : nil
        let model = CaseLibraryPage.model(
            filter: filter, page: page, size: size, result: result, counts: counts, error: error, recordHref: recordHref, env)
        let layout = PageLayout.make(route: .cases(route), language: language, title: model.title, description: model.intro, t: env.t)
        return render(
            PageResult(template: "cases", layout: layout, model: model), identity: scope.identity, env: env,
            notices: done(scope, ["deleted": .caseDeleted]), status: error == nil ? .ok : .badRequest)
    }

    /// The notice of a form's redirect (`?done=saved`), for the signed-in person who sent it.
    private func done(_ scope: RequestScope, _ messages: [String: UIKey]) -> [String] {
        guard scope.identity?.principal.user != nil, let key = scope.request.formQuery["done"].flatMap({ messages[$0] }) else { return [] }
        return [services.localization[scope.language](key)]
    }

    private func render(
        _ result: PageResult, identity: Identity?, env: PageEnvironment, notices: [String] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        var result = result
        result.layout.notices += notices
        if let identity, identity.principal.user != nil {
            result.layout.account = AccountBars.bar(for: identity, language: env.language, t: env.t)
        }
        guard let html = services.views.render(result, strings: env.t) else {
            return ErrorAnswers(services: services).templateMissing(result.template)
        }
        // What a signed-in reader sees is theirs alone: shared caches must not keep it.
        var response = Response.html(html, status: status, language: env.language)
        response.headers[.cacheControl] = "private, no-store"
        return response
    }
}
