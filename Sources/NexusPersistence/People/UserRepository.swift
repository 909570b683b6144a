import Foundation
import NexusDomain
import SQLKit

/// Accounts in the database.
public struct UserRepository: Sendable {
    /// Another account already uses the address.
    public struct EmailTaken: Error, Equatable {
        public let email: String
    }

    private let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// Adds an account with a password hash; fails with ``EmailTaken`` for a used address.
    public func create(_ user: User, passwordHash: String, in db: (any SQLDatabase)? = nil) async throws {
        let db = db ?? database.sql
        if try await find(email: user.email, in: db) != nil { throw EmailTaken(email: user.email) }
        let now = Date.now.ISO8601Format()
        try await db.raw("""
            INSERT INTO users (id, email, name, password_hash, preferred_language, roles, languages, countries,
                               active, created_at, updated_at)
            VALUES (\(bind: user.id), \(bind: user.email.lowercased()), \(bind: user.name), \(bind: passwordHash),
                    \(bind: user.preferredLanguage.code), \(bind: Self.join(user.roles.map(\.rawValue))),
                    \(bind: Self.join(user.languages.map(\.code))), \(bind: Self.join(Array(user.countries))),
                    \(bind: user.isActive ? 1 : 0), \(bind: now), \(bind: now))
            """).perform()
    }

    /// Saves everything but the password.
    public func update(_ user: User, in db: (any SQLDatabase)? = nil) async throws {
        try await (db ?? database.sql).raw("""
            UPDATE users SET email = \(bind: user.email.lowercased()), name = \(bind: user.name),
                preferred_language = \(bind: user.preferredLanguage.code),
                roles = \(bind: Self.join(user.roles.map(\.rawValue))), languages = \(bind: Self.join(user.languages.map(\.code))),
                countries = \(bind: Self.join(Array(user.countries))), active = \(bind: user.isActive ? 1 : 0),
                updated_at = \(bind: Date.now.ISO8601Format())
            WHERE id = \(bind: user.id)
            """).perform()
    }

    /// Replaces the password hash.
    public func setPasswordHash(_ hash: String, for id: String, in db: (any SQLDatabase)? = nil) async throws {
        try await (db ?? database.sql).raw("""
            UPDATE users SET password_hash = \(bind: hash), updated_at = \(bind: Date.now.ISO8601Format())
            WHERE id = \(bind: id)
            """).perform()
    }

    /// The account with `email` (case-insensitive) and its password hash.
    public func find(email: String, in db: (any SQLDatabase)? = nil) async throws -> (user: User, passwordHash: String)? {
        let rows: [any SQLRow] = try await (db ?? database.sql).raw(
            "SELECT * FROM users WHERE email = \(bind: email.lowercased())").all()
        return try rows.first.map { (try Self.user(from: $0), try $0.decode(column: "password_hash", as: String.self)) }
    }

    /// The account with `id`.
    public func find(id: String, in db: (any SQLDatabase)? = nil) async throws -> User? {
        let rows: [any SQLRow] = try await (db ?? database.sql).raw("SELECT * FROM users WHERE id = \(bind: id)").all()
        return try rows.first.map(Self.user(from:))
    }

    /// Every account, by name.
    public func all() async throws -> [User] {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT * FROM users ORDER BY name, email").all()
        return try rows.map(Self.user(from:))
    }

    /// How many accounts exist.
    public func count() async throws -> Int {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM users").all()
        return try rows.first?.decode(column: "n", as: Int.self) ?? 0
    }

    static func user(from row: any SQLRow) throws -> User {
        func list(_ column: String) throws -> [String] {
            try row.decode(column: column, as: String.self).split(separator: ",").map(String.init)
        }
        return User(
            id: try row.decode(column: "id", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            preferredLanguage: Language(rawValue: try row.decode(column: "preferred_language", as: String.self)) ?? .source,
            roles: Set(try list("roles").compactMap(Role.init(rawValue:))),
            languages: Set(try list("languages").compactMap(Language.init(rawValue:))),
            countries: Set(try list("countries")),
            isActive: try row.decode(column: "active", as: Int.self) == 1)
    }

    private static func join(_ values: [String]) -> String { values.sorted().joined(separator: ",") }
}
