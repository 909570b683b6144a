import Logging
import Foundation
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// The page models of account administration.
enum UserAdminModels {
    struct Row: Sendable {
        let name: String
        let email: String
        let roles: String
        let isActive: Bool
        let href: String
    }

    struct ListModel: Sendable {
        let title: String
        let rows: [Row]
        let createAction: String
        let csrfToken: String
        let roles: [FormOption]
        let languages: [FormOption]
        let interfaceLanguages: [FormOption]
        let error: String?
        let draftEmail: String
        let draftName: String
        let previousHref: String?
        let nextHref: String?
    }

    struct TokenRow: Sendable {
        let name: String
        let role: String
        let created: String
        let lastUsed: String
        let isRevoked: Bool
        let revokeAction: String
    }

    struct DetailModel: Sendable {
        let name: String
        let email: String
        let updateAction: String
        let passwordAction: String
        let tokensAction: String
        let csrfToken: String
        let roles: [FormOption]
        let languages: [FormOption]
        let interfaceLanguages: [FormOption]
        let countries: String
        let isActive: Bool
        let tokens: [TokenRow]
        let tokenRoles: [FormOption]
        let newToken: String?
        let error: String?
        let usersHref: String
    }

    static func list(app: SignedInPage, users: [User], pages: Paging.Links, error: String?, draft: (String, String)) -> ListModel {
        ListModel(
            title: app.t(.usersTitle),
            rows: users.map { user in
                Row(
                    name: user.name, email: user.email, roles: user.roles.sorted().map(app.roleName).joined(separator: ", "),
                    isActive: user.isActive, href: Route.admin(.page(app.language, .user(user.id))).path)
            },
            createAction: Route.admin(.page(app.language, .users)).path, csrfToken: app.identity.csrfToken,
            roles: Role.allCases.map { FormOption(value: $0.rawValue, label: app.roleName($0), isSelected: false) },
            languages: Language.translations.map { FormOption(value: $0.code, label: $0.nativeName, isSelected: false) },
            interfaceLanguages: Language.allCases.map { FormOption(value: $0.code, label: $0.nativeName, isSelected: $0 == app.language) },
            error: error, draftEmail: draft.0, draftName: draft.1, previousHref: pages.previous, nextHref: pages.next)
    }

    static func detail(app: SignedInPage, user: User, tokens: [TokenRepository.Token], error: String?, newToken: String?) -> DetailModel {
        DetailModel(
            name: user.name, email: user.email,
            updateAction: Route.admin(.page(app.language, .user(user.id))).path,
            passwordAction: Route.admin(.page(app.language, .userPassword(user.id))).path,
            tokensAction: Route.admin(.page(app.language, .userTokens(user.id))).path,
            csrfToken: app.identity.csrfToken,
            roles: Role.allCases.map { FormOption(value: $0.rawValue, label: app.roleName($0), isSelected: user.roles.contains($0)) },
            languages: Language.translations.map { FormOption(value: $0.code, label: $0.nativeName, isSelected: user.languages.contains($0)) },
            interfaceLanguages: Language.allCases.map {
                FormOption(value: $0.code, label: $0.nativeName, isSelected: $0 == user.preferredLanguage)
            },
            countries: user.countries.sorted().joined(separator: ", "), isActive: user.isActive,
            tokens: tokens.map { token in
                TokenRow(
                    name: token.name, role: app.roleName(token.role), created: app.t.day(token.createdAt),
                    lastUsed: token.lastUsedAt.map(app.t.day) ?? app.t(.tokenNever),
                    isRevoked: token.isRevoked, revokeAction: Route.admin(.page(app.language, .tokenRevoke(token.id))).path)
            },
            tokenRoles: user.roles.sorted().map { FormOption(value: $0.rawValue, label: app.roleName($0), isSelected: false) },
            newToken: newToken, error: error, usersHref: Route.admin(.page(app.language, .users)).path)
    }
}
