import NexusApplication
import NexusPersistence
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NexusDomain
import NexusRendering
import NexusLocalization

/// Answers every request: parses it into a ``Route``, establishes who asks, applies
/// the one authorisation rule of the route, checks CSRF on form submissions, and
/// dispatches; then adds security headers and records metrics.
///
/// No input produces a 500: unknown paths, languages and parameters are 4xx answers
/// in the request's language, and an unexpected failure is logged and answered with
/// an error page rather than a dropped connection.
struct NexusResponder: HTTPResponder {
    typealias Context = NexusRequestContext
    let services: AppServices

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        var request = request
        var routeName = "unmatched"
        var response: Response
        switch Route.parse(path: request.uri.path, query: request.formQuery.firstValues) {
        case .success(let route):
            routeName = route.name
            do {
                response = try await handle(route, request: &request, context: context)
            } catch is FormBody.Malformed {
                response = errors.failure(
                    route, status: .badRequest, code: "bad_form", title: .errorBadFormTitle,
                    message: .errorBadFormBody)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                // Hummingbird's HTTPError and the NIOTooManyBytesError of a body read past
                // its limit both say 413; either is the client's doing, never a 500.
                response = errors.failure(
                    route, status: .contentTooLarge, code: "too_large", title: .errorTooLargeTitle,
                    message: .errorTooLargeBody)
            } catch is InvalidBearerToken {
                response = .jsonError(
                    .unauthorized, code: "invalid_token",
                    message: services.localization[route.language](.errorInvalidToken))
                response.headers[.wwwAuthenticate] = "Bearer"
            } catch {
                services.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
                response = errors.failure(
                    route, status: .internalServerError, code: "server_error", title: .errorServerTitle,
                    message: .errorServerBody)
            }
        case .failure(let failure):
            response = errors.answer(failure, request: request)
        }
        response.addSecurityHeaders()
        services.metrics.record(
            route: routeName, method: request.method.rawValue, status: response.status.code,
            duration: ContinuousClock.now - started)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private var errors: ErrorAnswers { ErrorAnswers(services: services) }

    private func handle(_ route: Route, request: inout Request, context: Context) async throws -> Response {
        // A query string no page could read is refused here, once, for every route.
        _ = try FormBody(urlEncoded: request.uri.query ?? "")
        guard route.methods.contains(request.method) else {
            let allowed = route.methods.map(\.rawValue).sorted { $0 == "GET" || ($0 == "HEAD" && $1 != "GET") }
            return Response(status: .methodNotAllowed, headers: [.allow: allowed.joined(separator: ", ")])
        }
        if route == .system(.metrics) { return metrics(request) }
        // Public pages, the public API and assets need nobody's identity: answer them
        // without touching the database unless the visitor is signed in.
        let permission = route.permission(for: request.method)
        if permission == .readPublished, route.isPublicRead, SessionCookies.value(SessionCookies.session, in: request.headers) == nil,
            request.headers[.authorization] == nil
        {
            return try await dispatch(route, RequestScope(request: request, identity: nil, form: nil, language: route.language))
        }
        let client = services.config.trustedProxies.clientAddress(peer: context.peerAddress, headers: request.headers)
        let identity = try await Identity.resolve(request, clientAddress: client, accounts: services.accounts)
        guard Authorization.allows(identity.principal, permission) else {
            return errors.denied(route, request: request, identity: identity)
        }
        if route.isAPI, request.method != .get, request.method != .head, !identity.isToken {
            // API writes take bearer tokens only: a browser session would need a CSRF check JSON cannot carry.
            return .jsonError(
                .forbidden, code: "token_required",
                message: services.localization[route.language](.errorTokenRequired))
        }
        if request.method == .post && !identity.isToken {
            var form = try await FormBody.read(&request, context: context)
            guard let submitted = form["_csrf"], Secrets.equal(submitted, identity.csrfToken) else {
                return errors.page(
                    { ErrorPage.message($0, $1, title: $1(.errorForbiddenTitle), message: $1(.errorCSRF)) },
                    status: .forbidden, language: route.language)
            }
            form = form.removing("_csrf")
            return try await dispatch(route, RequestScope(request: request, identity: identity, form: form, language: route.language))
        }
        return try await dispatch(route, RequestScope(request: request, identity: identity, form: nil, language: route.language))
    }

    /// Hands the request to its feature: the one switch over the features.
    private func dispatch(_ route: Route, _ scope: RequestScope) async throws -> Response {
        switch route {
        case .root: return rootRedirect(scope)
        case .toolkit(let route): return try await ToolkitAnswers(services: services).answer(route, scope)
        case .search(let route): return try await SearchAnswers(services: services).answer(route, scope)
        case .evidence(let route): return try await EvidenceAnswers(services: services).answer(route, scope)
        case .cases(let route): return try await CasesAnswers(services: services).answer(route, scope)
        case .exercises(let route): return try await ExercisesAnswers(services: services).answer(route, scope)
        case .accounts(let route): return try await AccountsAnswers(page: scope.signedIn(services)).answer(route, form: scope.form)
        case .admin(let route): return try await AdminAnswers(services: services).answer(route, scope)
        case .editing(let route): return try await EditorPages(app: scope.signedIn(services)).answer(route, form: scope.form)
        case .translation(let route):
            return try await TranslatorPages(app: scope.signedIn(services)).answer(route, form: scope.form)
        case .system(let route): return await SystemAnswers(services: services).answer(route, request: scope.request)
        }
    }

    /// `/`: to the visitor's language, or the signed-in user's.
    private func rootRedirect(_ scope: RequestScope) -> Response {
        let language =
            scope.identity?.principal.user?.preferredLanguage
            ?? LanguageNegotiation.preferredLanguage(acceptLanguage: scope.request.headers[.acceptLanguage])
        return Response(status: .found, headers: [.location: Route.toolkit(.page(language, .home)).path, .vary: "Accept-Language"])
    }

    /// Prometheus metrics, for the monitoring that holds `NEXUS_METRICS_TOKEN`; not served
    /// at all without one, since request counts and timings are not for the public.
    private func metrics(_ request: Request) -> Response {
        guard let token = services.config.metricsToken else { return Response(status: .notFound) }
        let given = request.headers[.authorization].flatMap { $0.lowercased().hasPrefix("bearer ") ? String($0.dropFirst(7)) : nil }
        guard let given, Secrets.equal(given.trimmingCharacters(in: .whitespaces), token) else {
            return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer"])
        }
        return .bytes(Array(services.metrics.exposition().utf8), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }
}
