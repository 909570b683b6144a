import Logging
import NexusPersistence
import NexusApplication
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusLocalization
import NIOCore

/// The toolkit's public answers: pages, the toolkit API, the OpenAPI document,
/// health, metrics and assets.
struct PublicAnswers {
    let services: AppServices

    /// `identity` is `nil` for visitors known to be anonymous without asking the database.
    func answer(_ route: Route, request: Request, identity: Identity?) async throws -> Response {
        let errors = ErrorAnswers(services: services)
        switch route {
        case .root:
            let language = identity?.principal.user?.preferredLanguage
                ?? LanguageNegotiation.preferredLanguage(acceptLanguage: request.headers[.acceptLanguage])
            return Response(status: .found, headers: [.location: Route.page(language, .home).path, .vary: "Accept-Language"])
        case .page(let language, .search):
            return try await SearchAnswers(services: services).page(language, request: request, identity: identity)
        case .page(let language, let page):
            return try await self.page(page, language: language, identity: identity)
        case .api(.search(let language)):
            return try await SearchAnswers(services: services).api(language, request: request)
        case .api(let api) where EvidenceAPI.handles(api):
            // Only reads get here; writes need a token and go through EvidenceAPI.
            return EvidenceReads(state: services.store.state, t: services.localization[api.language])
                .answer(api, query: request.formQuery.firstValues)
        case .api(let api):
            let language = api.language
            guard let body = ToolkitAPI(snapshot: services.store.snapshot, language: language).answer(api) else {
                return .jsonError(.notFound, code: "not_found", message: services.localization[language](.errorNotFoundTitle))
            }
            return .json(body)
        case .openAPI:
            return .bytes(services.openAPIDocument, contentType: "application/json; charset=utf-8")
        case .health:
            return await HealthCheck.answer(services.database)
        case .metrics:
            // The responder answers metrics itself, before anyone's identity is asked.
            return errors.page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: .source)
        case .asset(let name):
            guard let asset = services.assets[name] else {
                return errors.page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: .source)
            }
            if request.headers[.ifNoneMatch] == asset.etag {
                return Response(status: .notModified, headers: [.eTag: asset.etag])
            }
            var response = Response.bytes(asset.bytes, contentType: asset.contentType)
            response.headers[.eTag] = asset.etag
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        case .app:
            return errors.page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: route.language)
        }
    }

    /// A toolkit page: from the cache for anonymous visitors, rendered with the account
    /// bar for signed-in users.
    private func page(_ page: Route.Page, language: Language, identity: Identity?) async throws -> Response {
        let errors = ErrorAnswers(services: services)
        let state = services.store.state
        let anonymous = identity?.principal.user == nil
        let path = Route.page(language, page).path
        if anonymous, let cached = services.pageCache.page(for: path, generation: state.generation) {
            return .html(cached, language: language)
        }
        let env = services.environment(language, snapshot: state.snapshot, evidence: state.evidence)
        guard var result = PageDirectory.build(page, env) else {
            let message = PageDirectory.notFoundMessage(page, env)
            return errors.page({ ErrorPage.notFound($0, $1, message: message) }, status: .notFound, language: language)
        }
        if let identity, !anonymous { result.layout.account = AccountBars.bar(for: identity, language: language, t: env.t) }
        guard let html = services.views.render(result, strings: env.t) else { return errors.templateMissing(result.template) }
        let body = ByteBuffer(string: html)
        if anonymous { services.pageCache.store(body, for: path, generation: state.generation) }
        return .html(body, language: language)
    }
}
