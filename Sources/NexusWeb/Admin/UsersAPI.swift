import Logging
import NexusLocalization
import Foundation
import Hummingbird
import NexusDomain
import NexusPersistence

/// `GET /api/v1/users`: the accounts, for administrators' API clients.
struct UsersAPI {
    struct Account: Encodable, Sendable {
        let id: String
        let email: String
        let name: String
        let roles: [String]
        let languages: [String]
        let countries: [String]
        let active: Bool
        let preferredLanguage: String
    }

    struct Listing: Encodable, Sendable {
        let users: [Account]
    }

    let services: AppServices

    func answer() async throws -> Response {
        let users = try await services.accounts.users.all()
        return .json(Listing(users: users.map { user in
            Account(id: user.id, email: user.email, name: user.name, roles: user.roles.map(\.rawValue).sorted(),
                    languages: user.languages.map(\.code).sorted(), countries: user.countries.sorted(), active: user.isActive,
                    preferredLanguage: user.preferredLanguage.code)
        }))
    }
}
