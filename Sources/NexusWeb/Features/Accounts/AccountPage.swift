import Logging
import NexusLocalization
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusPersistence
import NexusApplication

/// A user's own account: name, interface language, password.
struct AccountPage {
    struct Model: Sendable {
        let title: String
        let email: String
        let roles: String
        let name: String
        let languages: [FormOption]
        let profileAction: String
        let passwordAction: String
        let csrfToken: String
        let profileError: String?
        let passwordError: String?
    }

    let app: SignedInPage

    func answer(_ form: FormBody?) async throws -> Response {
        guard var user = app.user else { return app.redirect(to: .accounts(.signIn(app.language))) }
        guard let form else { return show(user, notices: app.doneNotice(["saved": .accountSaved, "password": .accountPasswordChanged])) }
        user.name = form.text("name")
        if let language = Language(rawValue: form.text("language")) { user.preferredLanguage = language }
        do {
            try await app.services.accounts.update(user, by: app.identity.actor)
        } catch let failure as Accounts.Failure {
            return show(user, profileError: app.message(for: failure), status: .badRequest)
        }
        return app.redirect(to: .accounts(.account(user.preferredLanguage)), done: "saved")
    }

    func changePassword(_ form: FormBody) async throws -> Response {
        guard let user = app.user else { return app.redirect(to: .accounts(.signIn(app.language))) }
        do {
            try await app.services.accounts.changePassword(
                userID: user.id, current: form["current"] ?? "", new: form["password"] ?? "", by: app.identity.actor)
        } catch let failure as Accounts.Failure {
            return show(user, passwordError: app.message(for: failure), status: .badRequest)
        }
        return app.redirect(to: .accounts(.account(app.language)), done: "password")
    }

    private func show(
        _ user: User, notices: [String] = [], profileError: String? = nil, passwordError: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let model = Model(
            title: t(.accountTitle), email: user.email, roles: user.roles.sorted().map(app.roleName).joined(separator: ", "),
            name: user.name,
            languages: Language.allCases.map { FormOption(value: $0.code, label: $0.nativeName, isSelected: $0 == user.preferredLanguage) },
            profileAction: Route.accounts(.account(app.language)).path, passwordAction: Route.accounts(.password(app.language)).path,
            csrfToken: app.identity.csrfToken, profileError: profileError, passwordError: passwordError)
        return app.render(
            PageResult(
                template: "account", layout: app.layout(model.title, route: .accounts(.account(app.language)), notices: notices), model: model),
            status: status)
    }
}
