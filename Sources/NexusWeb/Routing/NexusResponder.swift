import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NexusDomain
import NexusLocalization
import NIOCore

/// Answers every request: parses it into a ``Route``, dispatches it, and wraps
/// the answer with security headers and metrics.
///
/// No input produces a 500: unknown paths, languages and parameters are 4xx
/// answers in the request's language, and an unexpected failure is logged and
/// answered with an error page rather than a dropped connection.
struct NexusResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let services: AppServices

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        var routeName = "unmatched"
        var response: Response
        if request.method == .get || request.method == .head {
            let query = Self.queryParameters(request)
            switch Route.parse(path: request.uri.path, query: query) {
            case .success(let route):
                routeName = route.name
                do {
                    response = try await answer(route, request: request)
                } catch {
                    services.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
                    response = errorPage(ErrorPage.serverError, status: .internalServerError,
                                         language: language(of: route, request: request))
                }
            case .failure(let failure):
                response = answer(failure, request: request)
            }
        } else {
            response = Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        response.addSecurityHeaders()
        services.metrics.record(route: routeName, method: request.method.rawValue, status: response.status.code,
                                duration: ContinuousClock.now - started)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func answer(_ route: Route, request: Request) async throws -> Response {
        switch route {
        case .root:
            let language = LanguageNegotiation.preferredLanguage(acceptLanguage: request.headers[.acceptLanguage])
            return Response(status: .found, headers: [
                .location: Route.page(language, .home).path, .vary: "Accept-Language",
            ])
        case .page(let language, let page):
            let (snapshot, generation) = services.store.versioned
            let path = route.path
            if let cached = services.pageCache.page(for: path, generation: generation) {
                return .html(cached, language: language)
            }
            let env = services.environment(language, snapshot: snapshot)
            guard let result = PageDirectory.build(page, env) else {
                let message = PageDirectory.notFoundMessage(page, env)
                return errorPage({ ErrorPage.notFound($0, $1, message: message) }, status: .notFound, language: language)
            }
            guard let html = services.views.render(result, strings: services.localization[language]) else {
                return templateMissing(result.template)
            }
            let body = ByteBuffer(string: html)
            services.pageCache.store(body, for: path, generation: generation)
            return .html(body, language: language)
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
            return .bytes(Array(services.metrics.exposition().utf8), contentType: "text/plain; version=0.0.4; charset=utf-8")
        case .asset(let name):
            guard let asset = services.assets[name] else {
                return errorPage({ ErrorPage.notFound($0, $1) }, status: .notFound, language: .source)
            }
            if request.headers[.ifNoneMatch] == asset.etag {
                return Response(status: .notModified, headers: [.eTag: asset.etag])
            }
            var response = Response.bytes(asset.bytes, contentType: asset.contentType)
            response.headers[.eTag] = asset.etag
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
    }

    private func answer(_ failure: RouteError, request: Request) -> Response {
        let language = language(ofPath: request.uri.path, request: request)
        let isAPI = request.uri.path.hasPrefix("/api/")
        let t = services.localization[language]
        switch failure {
        case .notFound where isAPI:
            return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundBody))
        case .notFound:
            return errorPage({ ErrorPage.notFound($0, $1) }, status: .notFound, language: language)
        case .unknownLanguage(let code):
            return errorPage({ ErrorPage.unknownLanguage(code, $0, $1) }, status: .notFound, language: language)
        case .badParameter(let name, .unknownLanguage(let code)):
            let reason = t(.errorUnknownLanguageParameter, [
                "code": code, "available": Language.allCases.map(\.code).joined(separator: ", "),
            ])
            return .jsonError(.badRequest, code: "bad_parameter", message: t(.errorBadParameter, ["name": name, "reason": reason]))
        }
    }

    private func render(_ page: PageResult, status: HTTPResponse.Status, language: Language) -> Response {
        guard let html = services.views.render(page, strings: services.localization[language]) else {
            return templateMissing(page.template)
        }
        return .html(html, status: status, language: language)
    }

    /// A build without its templates is broken; say so plainly rather than send an empty page.
    private func templateMissing(_ template: String) -> Response {
        services.logger.error("template missing", metadata: ["template": "\(template)"])
        return Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: "template \(template) is missing")))
    }

    private func errorPage(
        _ build: (Language, Localizer) -> PageResult, status: HTTPResponse.Status, language: Language
    ) -> Response {
        render(build(language, services.localization[language]), status: status, language: language)
    }

    /// The language of a page route, or the visitor's preferred one.
    private func language(of route: Route, request: Request) -> Language {
        switch route {
        case .page(let language, _): language
        case .api(let api): api.language
        default: LanguageNegotiation.preferredLanguage(acceptLanguage: request.headers[.acceptLanguage])
        }
    }

    /// For paths that do not parse: the language in the first segment if it is one, else negotiated.
    private func language(ofPath path: String, request: Request) -> Language {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return Language(rawValue: first)
            ?? LanguageNegotiation.preferredLanguage(acceptLanguage: request.headers[.acceptLanguage])
    }

    private static func queryParameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where result[String(key)] == nil {
            result[String(key)] = String(value)
        }
        return result
    }
}
