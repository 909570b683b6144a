import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering

/// Signing in and out, and the signed-in user's own account.
struct AccountsAnswers {
    let page: SignedInPage

    func answer(_ route: AccountsRoute, form: FormBody?) async throws -> Response {
        switch route {
        case .signIn: try await SignInPage(app: page).answer(form)
        case .signOut: try await signOut()
        case .account: try await AccountPage(app: page).answer(form)
        case .password: try await AccountPage(app: page).changePassword(form ?? .empty)
        }
    }

    private func signOut() async throws -> Response {
        let services = page.services
        if let cookie = page.identity.sessionCookie { try await services.accounts.sessions.close(cookie) }
        var response = page.redirect(to: .toolkit(.page(page.language, .home)))
        response.setCookie(SessionCookies.clearing(SessionCookies.session, secure: services.config.secureCookies))
        return response
    }
}
