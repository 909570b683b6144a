import Foundation
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// The search page and `GET /api/v1/search`: one reading of the query string, one index
/// query, two presentations. Never cached: every answer depends on its query.
struct SearchAnswers {
    static let pageSize = 20
    let services: AppServices

    func answer(_ route: SearchRoute, _ scope: RequestScope) async throws -> Response {
        switch route {
        case .page(let language): try await page(language, request: scope.request, identity: scope.identity)
        case .api(let language): try await api(language, request: scope.request, identity: scope.identity)
        }
    }

    /// The search page in `language`.
    private func page(_ language: Language, request: Request, identity: Identity?) async throws -> Response {
        let env = services.environment(language, snapshot: services.store.snapshot)
        let query = request.formQuery.firstValues
        let parameters: SearchParameters
        var failure: String?
        switch SearchParameters.read(query, t: env.t) {
        case .success(let read): parameters = read
        case .failure(let error):
            parameters = SearchParameters(text: String((query["q"] ?? "").prefix(SearchParameters.maximumLength)))
            failure = error.message
        }
        let results =
            failure == nil && !parameters.text.isEmpty
            ? try await services.search.search(
                parameters.query(in: language, as: identity?.principal ?? .anonymous, pageSize: Self.pageSize)) : .empty
        var model = SearchPageModel.make(parameters, results: results, env: env)
        model.error = failure
        var layout = PageLayout.make(route: .search(.page(language)), language: language, title: model.title, description: model.intro, t: env.t)
        layout.searchQuery = parameters.text
        // The language switcher keeps the question: the same search, asked in another language.
        layout.languages = layout.languages.map { choice in
            .init(name: choice.name, code: choice.code, href: parameters.href(choice.href), isCurrent: choice.isCurrent, dir: choice.dir)
        }
        if let identity, identity.principal.user != nil {
            layout.account = AccountBars.bar(for: identity, language: language, t: env.t)
        }
        let result = PageResult(template: "search", layout: layout, model: model)
        guard let html = services.views.render(result, strings: env.t) else {
            return ErrorAnswers(services: services).templateMissing("search")
        }
        return .html(html, status: failure == nil ? .ok : .badRequest, language: language)
    }

    /// The JSON answer in `language`.
    private func api(_ language: Language, request: Request, identity: Identity?) async throws -> Response {
        let t = services.localization[language]
        let parameters: SearchParameters
        switch SearchParameters.read(request.formQuery.firstValues, t: t) {
        case .success(let read): parameters = read
        case .failure(let error): return .jsonError(.badRequest, code: "bad_parameter", message: error.message)
        }
        let results =
            parameters.text.isEmpty
            ? .empty
            : try await services.search.search(
                parameters.query(in: language, as: identity?.principal ?? .anonymous, pageSize: Self.pageSize))
        return .json(SearchAPIModel.make(parameters, results: results, language: language, snapshot: services.store.snapshot))
    }
}
