import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering

/// The toolkit's answers: its pages (cached for visitors) and its API, both from the
/// published snapshot, never the database.
struct ToolkitAnswers {
    let services: AppServices

    func answer(_ route: ToolkitRoute, _ scope: RequestScope) async throws -> Response {
        switch route {
        case .page(_, let page):
            return PublicPage(services: services).answer(
                .toolkit(route), identity: scope.identity,
                build: { PageDirectory.build(page, $0) },
                notFound: { PageDirectory.notFoundMessage(page, $0) })
        case .api(let api):
            let language = route.language
            guard let body = ToolkitAPI(snapshot: services.store.snapshot, language: language).answer(api) else {
                return .jsonError(.notFound, code: "not_found", message: services.localization[language](.errorNotFoundTitle))
            }
            return .json(body)
        }
    }
}
