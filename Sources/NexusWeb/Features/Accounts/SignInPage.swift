import Logging
import NexusLocalization
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusPersistence
import NexusApplication

/// Signing in: a form, then a session cookie and a return to where the user was going.
struct SignInPage {
    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let csrfToken: String
        let next: String
        let email: String
        let error: String?
    }

    let app: SignedInPage

    func answer(_ form: FormBody?) async throws -> Response {
        guard let form else {
            if app.user != nil { return app.redirect(to: .accounts(.account(app.language))) }
            return show(email: "", next: app.request.formQuery["next"] ?? "", error: nil, status: .ok)
        }
        let email = form.text("email")
        let next = form.text("next")
        do {
            let signedIn = try await app.services.accounts.signIn(
                email: email, password: form["password"] ?? "", client: app.identity.clientAddress)
            // A new session at every sign-in: a session fixed by someone else before is worthless.
            if let old = app.identity.sessionCookie { try await app.services.accounts.sessions.close(old) }
            // Signing in from a page in another language than English says which one the
            // person reads: it becomes their interface language. From an English page (where
            // links and the root lead by default) their own choice stands.
            let language = app.language == .source ? signedIn.user.preferredLanguage : app.language
            if language != signedIn.user.preferredLanguage {
                var user = signedIn.user
                user.preferredLanguage = language
                try await app.services.accounts.update(user, by: .user(user, client: app.identity.clientAddress))
            }
            let destination = Self.isLocal(next) ? next : Self.workPage(of: .session(signedIn.user), in: language).path
            var response = Response(status: .seeOther, headers: [.location: destination])
            let maxAge = Int(app.services.config.sessionIdleTimeout.components.seconds) * 24
            response.setCookie(
                SessionCookies.make(
                    SessionCookies.session, signedIn.cookie, maxAge: maxAge,
                    secure: app.services.config.secureCookies))
            return response
        } catch let failure as Accounts.Failure {
            guard case .throttled(let wait) = failure else {
                return show(email: email, next: next, error: app.message(for: failure), status: .unauthorized)
            }
            var response = show(email: email, next: next, error: app.message(for: failure), status: .tooManyRequests)
            response.headers[.retryAfter] = String(max(1, Int(wait.components.seconds) + 1))
            return response
        }
    }

    /// Where a person's work starts: the first area of the account bar they may use (the
    /// editors' index, the evidence desk, the scenarios, the translators' dashboard, the
    /// users), else the home page.
    static func workPage(of principal: Principal, in language: Language) -> Route {
        let areas: [(Permission, Route)] = [
            (.editContent, .editing(.page(language, .index))), (.recordEvidence, .evidence(.desk(language, .manage))),
            (.designExercises, .exercises(.library(language))), (.translate(nil), .translation(.page(language, .dashboard))),
            (.manageUsers, .admin(.page(language, .users))),
        ]
        return areas.first { Authorization.allows(principal, $0.0) }?.1 ?? .toolkit(.page(language, .home))
    }

    private func show(email: String, next: String, error: String?, status: HTTPResponse.Status) -> Response {
        let t = app.t
        let model = Model(
            title: t(.signInTitle), intro: t(.signInIntro), action: Route.accounts(.signIn(app.language)).path,
            csrfToken: app.identity.csrfToken, next: Self.isLocal(next) ? next : "", email: email, error: error)
        var response = app.render(
            PageResult(template: "sign-in", layout: app.layout(model.title, route: .accounts(.signIn(app.language))), model: model),
            status: status)
        if let cookie = app.identity.newCSRFCookie {
            response.setCookie(SessionCookies.make(SessionCookies.csrf, cookie, maxAge: nil, secure: app.services.config.secureCookies))
        }
        return response
    }

    /// Only paths on this site are followed after signing in, never another site.
    static func isLocal(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("\\") && !path.contains("://")
    }
}
