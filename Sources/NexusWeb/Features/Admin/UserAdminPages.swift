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
            return try await show(user, notices: app.doneNotice([
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
            do {
                guard let role = Role(rawValue: form.text("role")) else { throw Accounts.Failure.roleNotHeld }
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
        let scope = UserForm(form: form)
        do {
            let user = try await accounts.createUser(
                email: form.text("email"), name: form.text("name"), password: form["password"] ?? "", roles: scope.roles,
                languages: scope.languages, countries: scope.countries,
                preferredLanguage: Language(rawValue: form.text("language")) ?? app.language, by: app.identity.actor)
            return app.redirect(to: .admin(.page(app.language, .user(user.id))), done: "created")
        } catch let failure as Accounts.Failure {
            return try await list(notices: [], error: app.message(for: failure), status: .badRequest,
                                  draft: (form.text("email"), form.text("name")))
        }
    }

    private func update(_ id: UserID, _ form: FormBody) async throws -> Response {
        guard var user = try await accounts.users.find(id: id) else { return app.notFound() }
        let scope = UserForm(form: form)
        user.name = form.text("name")
        user.preferredLanguage = Language(rawValue: form.text("language")) ?? user.preferredLanguage
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
        let model = UserAdminModels.list(app: app, users: users, pages: pages.links(Route.admin(.page(app.language, .users)).path),
                                         error: error, draft: draft)
        return app.render(PageResult(template: "admin-users", layout: app.layout(model.title, route: .admin(.page(app.language, .users)), notices: notices),
                                     model: model), status: status)
    }

    private func show(
        _ user: User, notices: [String] = [], error: String? = nil, newToken: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let model = UserAdminModels.detail(
            app: app, user: user, tokens: try await accounts.tokens.tokens(of: user.id), error: error, newToken: newToken)
        return app.render(PageResult(template: "admin-user", layout: app.layout(model.name, route: .admin(.page(app.language, .user(user.id))), notices: notices),
                                     model: model), status: status)
    }
}

/// The role and scope fields of the account forms.
struct UserForm {
    let roles: Set<Role>
    let languages: Set<Language>
    let countries: Set<String>

    init(form: FormBody) {
        roles = Set(form.all("roles").compactMap(Role.init(rawValue:)))
        languages = Set(form.all("languages").compactMap(Language.init(rawValue:)).filter { $0 != .source })
        countries = Set(form.text("countries").split(whereSeparator: { $0 == "," || $0 == " " })
            .map { $0.uppercased() }.filter { $0.count == 2 && $0.allSatisfy(\.isLetter) })
    }
}
