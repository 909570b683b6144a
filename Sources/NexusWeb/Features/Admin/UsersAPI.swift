import Logging
import NexusLocalization
import Foundation
import Hummingbird
import NexusDomain
import NexusRendering
import NexusPersistence
import NexusApplication

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
        /// How many accounts there are in all.
        let total: Int
        let limit: Int
        let offset: Int
    }

    let services: AppServices

    /// The most accounts one answer lists.
    static let maximumLimit = 1000

    func answer(query: [String: String]) async throws -> Response {
        let t = services.localization[.source]
        let limit = query["limit"].map { Int($0) } ?? 100
        let offset = query["offset"].map { Int($0) } ?? 0
        guard let limit, (1...Self.maximumLimit).contains(limit) else {
            return .jsonError(.badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["name": "limit", "value": query["limit"] ?? ""]))
        }
        guard let offset, (0...Int(Int32.max)).contains(offset) else {
            return .jsonError(.badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["name": "offset", "value": query["offset"] ?? ""]))
        }
        let users = try await services.accounts.users.page(limit: limit, offset: offset)
        let total = try await services.accounts.users.count()
        let accounts = users.map { user in
            Account(
                id: user.id.rawValue, email: user.email, name: user.name, roles: user.roles.map(\.rawValue).sorted(),
                languages: user.languages.map(\.code).sorted(), countries: user.countries.sorted(), active: user.isActive,
                preferredLanguage: user.preferredLanguage.code)
        }
        return .json(Listing(users: accounts, total: total, limit: limit, offset: offset))
    }
}
