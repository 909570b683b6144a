import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering
import NIOCore

/// A public page (toolkit, evidence): from the page cache for visitors, rendered with the
/// account bar for signed-in users. It is a pure function of the snapshots, its language
/// and its route, so the finished bytes are kept until the snapshots change.
struct PublicPage {
    let services: AppServices

    /// Answers `route` with the page `build` makes, or a 404 (with `notFound`'s message)
    /// when it names an item that does not exist.
    func answer(
        _ route: Route, identity: Identity?, build: (PageEnvironment) -> PageResult?,
        notFound: (PageEnvironment) -> String? = { _ in nil }
    ) -> Response {
        let errors = ErrorAnswers(services: services)
        let language = route.language
        let state = services.store.state
        let anonymous = identity?.principal.user == nil
        let path = route.path
        if anonymous, let cached = services.pageCache.page(for: path, generation: state.generation) {
            return .html(cached, language: language)
        }
        let env = services.environment(language, snapshot: state.snapshot, evidence: state.evidence, cases: state.cases)
        guard var result = build(env) else {
            let message = notFound(env)
            return errors.page({ ErrorPage.notFound($0, $1, message: message) }, status: .notFound, language: language)
        }
        if let identity, !anonymous { result.layout.account = AccountBars.bar(for: identity, language: language, t: env.t) }
        guard let html = services.views.render(result, strings: env.t) else { return errors.templateMissing(result.template) }
        let body = ByteBuffer(string: html)
        if anonymous { services.pageCache.store(body, for: path, generation: state.generation) }
        return .html(body, language: language)
    }
}
