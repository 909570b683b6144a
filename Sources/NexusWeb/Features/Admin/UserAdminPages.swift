import Logging
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// Administration of accounts: the list, creation, roles and scopes, deactivation,
/// password resets, and API tokens.
struct UserAdminPages {
    let app: SignedInPage
    private var accounts: Accounts { app.services.accounts }

    func answer(_ page: AdminRoute.Page, form: FormBody?) async throws -> Response {
        switch (page, form) {
        case (.users, nil):
            return try await list(notices: app.doneNotice([:]))
        case (.users, let form?):
            return try await create(form)
        case (.user(let id), nil):
            guard let user = try await accounts.users.find(id: id) else { return app.notFound() }
            return try await show(
                user,
                notices: app.doneNotice([
                    "created": .userCreated, "saved": .userSaved, "password": .userPasswordReset, "revoked": .tokenRevokedNotice,
                ]))
        case (.user(let id), let form?):
            return try await update(id, form)
        case (.userPassword(let id), let form?):
            guard let user = try await accounts.users.find(id: id) else { return app.notFound() }
            do {
                try await accounts.resetPassword(userID: id, new: form["password"] ?? "", by: app.identity.actor)
            } catch let failure as Accounts.Failure {
                return try await show(user, error: app.message(for: failure), status: .badRequest)
            }
            return app.redirect(to: .admin(.page(app.language, .user(id))), done: "password")
        case (.userTokens(let id), let form?):
            guard let user = try await accounts.users.find(id: id) else { return app.notFound() }
            guard let role = Role(rawValue: form.text("role")) else {
                return try await show(
                    user, error: app.t(.userFormUnknownRole, ["value": Localizer.isolated(form.text("role"))]),
                    status: .badRequest)
            }
            do {
                let issued = try await accounts.issueToken(userID: id, name: form.text("name"), role: role, by: app.identity.actor)
                return try await show(user, newToken: issued.secret)
            } catch let failure as Accounts.Failure {
                return try await show(user, error: app.message(for: failure), status: .badRequest)
            }
        case (.tokenRevoke(let id), _?):
            guard let token = try await accounts.tokens.find(id: id) else { return app.notFound() }
            try await accounts.revokeToken(id: id, by: app.identity.actor)
            return app.redirect(to: .admin(.page(app.language, .user(token.userID))), done: "revoked")
        default:
            return app.notFound()
        }
    }

    private func create(_ form: FormBody) async throws -> Response {
        let draft = (form.text("email"), form.text("name"))
        let scope: UserForm
        switch UserForm.read(form, t: app.t) {
        case .failure(let refused): return try await list(notices: [], error: refused.message, status: .badRequest, draft: draft)
        case .success(let read): scope = read
        }
        do {
            let user = try await accounts.createUser(
                email: form.text("email"), name: form.text("name"), password: form["password"] ?? "", roles: scope.roles,
                languages: scope.languages, countries: scope.countries,
                preferredLanguage: scope.preferredLanguage ?? app.language, by: app.identity.actor)
            return app.redirect(to: .admin(.page(app.language, .user(user.id))), done: "created")
        } catch let failure as Accounts.Failure {
            return try await list(notices: [], error: app.message(for: failure), status: .badRequest, draft: draft)
        }
    }

    private func update(_ id: UserID, _ form: FormBody) async throws -> Response {
        guard var user = try await accounts.users.find(id: id) else { return app.notFound() }
        let scope: UserForm
        switch UserForm.read(form, t: app.t) {
        case .failure(let refused): return try await show(user, error: refused.message, status: .badRequest)
        case .success(let read): scope = read
        }
        user.name = form.text("name")
        user.preferredLanguage = scope.preferredLanguage ?? user.preferredLanguage
        user.roles = scope.roles
        user.languages = scope.languages
        user.countries = scope.countries
        user.isActive = form["active"] == "on"
        // An administrator cannot lock themselves out; another administrator must do it.
        if id == app.user?.id, !user.roles.contains(.admin) || !user.isActive {
            return try await show(user, error: app.t(.userSelfLockout), status: .badRequest)
        }
        do {
            try await accounts.update(user, by: app.identity.actor)
        } catch let failure as Accounts.Failure {
            return try await show(user, error: app.message(for: failure), status: .badRequest)
        }
        return app.redirect(to: .admin(.page(app.language, .user(id))), done: "saved")
    }

    private func list(
        notices: [String], error: String? = nil, status: HTTPResponse.Status = .ok, draft: (String, String) = ("", "")
    ) async throws -> Response {
        let pages = Paging(query: app.request.formQuery, size: 50, total: try await accounts.users.count())
        let users = try await accounts.users.page(limit: pages.size, offset: pages.offset)
        let model = UserAdminModels.list(
            app: app, users: users, pages: pages.links(Route.admin(.page(app.language, .users)).path),
            error: error, draft: draft)
        return app.render(
            PageResult(
                template: "admin-users", layout: app.layout(model.title, route: .admin(.page(app.language, .users)), notices: notices),
                model: model), status: status)
    }

    private func show(
        _ user: User, notices: [String] = [], error: String? = nil, newToken: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let model = UserAdminModels.detail(
            app: app, user: user, tokens: try await accounts.tokens.tokens(of: user.id), error: error, newToken: newToken)
        return app.render(
            PageResult(
                template: "admin-user", layout: app.layout(model.name, route: .admin(.page(app.language, .user(user.id))), notices: notices),
                model: model), status: status)
    }
}

/// The role and scope fields of the account forms, every value checked: a role, language
/// or country the form never offers (a tampered request) refuses the whole form rather
/// than being dropped or read as something else.
struct UserForm {
    let roles: Set<Role>
    let languages: Set<Language>
    let countries: Set<String>
    /// `nil` when the form has no language field.
    let preferredLanguage: Language?

    /// Why a form was refused, in the administrator's language.
    struct Refused: Error {
        let message: String
    }

    static func read(_ form: FormBody, t: Localizer) -> Result<UserForm, Refused> {
        func refuse(_ key: UIKey, _ value: String) -> Result<UserForm, Refused> {
            .failure(Refused(message: t(key, ["value": Localizer.isolated(value)])))
        }
        var roles = Set<Role>()
        var languages = Set<Language>()
        var countries = Set<String>()
        for name in form.all("roles") {
            guard let role = Role(rawValue: name) else { return refuse(.userFormUnknownRole, name) }
            roles.insert(role)
        }
        for code in form.all("languages") {
            guard let language = Language(rawValue: code) else { return refuse(.userFormUnknownLanguage, code) }
            // Translators translate from English: English is never a scope.
            if language != .source { languages.insert(language) }
        }
        for text in form.text("countries").split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let country = CountryCode(text) else { return refuse(.userFormUnknownCountry, String(text)) }
            countries.insert(country.rawValue)
        }
        let code = form.text("language")
        let preferred = Language(rawValue: code)
        if !code.isEmpty, preferred == nil { return refuse(.userFormUnknownLanguage, code) }
        return .success(UserForm(roles: roles, languages: languages, countries: countries, preferredLanguage: preferred))
    }
}
