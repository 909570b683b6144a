import Logging
import NexusPersistence
import NexusApplication
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NIOCore

/// The answers for requests that cannot be served, always in the request's language.
struct ErrorAnswers {
    let services: AppServices

    /// Not found, unknown language, bad parameter.
    func answer(_ failure: RouteError, request: Request) -> Response {
        let language = language(ofPath: request.uri.path, request: request)
        let isAPI = request.uri.path.hasPrefix("/api/")
        let t = services.localization[language]
        switch failure {
        case .notFound where isAPI:
            return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundBody))
        case .notFound:
            return page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: language)
        case .unknownLanguage(let code):
            return page({ ErrorPage.unknownLanguage(code, $0, $1) }, status: .notFound, language: language)
        case .badParameter(let name, .unknownLanguage(let code)):
            let reason = t(
                .errorUnknownLanguageParameter,
                [
                    "code": code, "available": Language.allCases.map(\.code).joined(separator: ", "),
                ])
            return .jsonError(.badRequest, code: "bad_parameter", message: t(.errorBadParameter, ["name": name, "reason": reason]))
        }
    }

    /// The answer to a request its principal may not make: browsers that are not signed
    /// in are sent to sign in and brought back; everyone else gets 401 or 403.
    func denied(_ route: Route, request: Request, identity: Identity) -> Response {
        let language = route.language
        let t = services.localization[language]
        let signedIn = identity.principal.user != nil
        if route.isAPI {
            if signedIn { return .jsonError(.forbidden, code: "forbidden", message: t(.errorForbiddenBody)) }
            // RFC 9110: a 401 names the scheme that would do; API clients authenticate with tokens.
            var response = Response.jsonError(.unauthorized, code: "unauthorized", message: t(.errorSignInNeeded))
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        if !signedIn && request.method == .get {
            var target = URLComponents()
            target.path = Route.accounts(.signIn(language)).path
            target.queryItems = [URLQueryItem(name: "next", value: request.uri.path)]
            return Response(status: .seeOther, headers: [.location: target.string ?? target.path])
        }
        let status: HTTPResponse.Status = signedIn ? .forbidden : .unauthorized
        return page(
            {
                ErrorPage.message(
                    $0, $1, title: $1(signedIn ? .errorForbiddenTitle : .errorSignInNeeded),
                    message: $1(signedIn ? .errorForbiddenBody : .errorSignInNeeded))
            },
            status: status, language: language)
    }

    /// A failure while answering `route`: JSON for the API, whose clients cannot read an
    /// HTML page, and a page in the reader's language for everything else.
    func failure(_ route: Route, status: HTTPResponse.Status, code: String, title: UIKey, message: UIKey) -> Response {
        let language = route.language
        if route.isAPI { return .jsonError(status, code: code, message: services.localization[language](message)) }
        return page({ ErrorPage.message($0, $1, title: $1(title), message: $1(message)) }, status: status, language: language)
    }

    /// An error page built by `build` in `language`.
    func page(_ build: (Language, Localizer) -> PageResult, status: HTTPResponse.Status, language: Language) -> Response {
        render(build(language, services.localization[language]), status: status, language: language)
    }

    func render(_ page: PageResult, status: HTTPResponse.Status, language: Language) -> Response {
        guard let html = services.views.render(page, strings: services.localization[language]) else {
            return templateMissing(page.template)
        }
        return .html(html, status: status, language: language)
    }

    /// A build without its templates is broken; say so plainly rather than send an empty page.
    func templateMissing(_ template: String) -> Response {
        services.logger.error("template missing", metadata: ["template": "\(template)"])
        return Response(
            status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: "template \(template) is missing")))
    }

    /// For paths that do not parse: the language in the first segment if it is one, else negotiated.
    private func language(ofPath path: String, request: Request) -> Language {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        return Language(rawValue: first)
            ?? LanguageNegotiation.preferredLanguage(acceptLanguage: request.headers[.acceptLanguage])
    }
}
