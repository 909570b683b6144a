import Foundation
public import NexusDomain
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

    /// Adds an account with a password hash inside `transaction`; fails with ``EmailTaken``
    /// for a used address. The unique address decides, not an earlier read: two instances
    /// creating the same address at once cannot both succeed, and the second is told why.
    public static func create(_ user: User, passwordHash: String, in transaction: WriteTransaction) async throws {
        let now = StoredTime.text(.now)
        let rows: [any SQLRow] = try await transaction.sql.raw(
            """
            INSERT INTO users (id, email, name, password_hash, preferred_language, roles, languages, countries,
                               active, created_at, updated_at)
            VALUES (\(bind: user.id.rawValue), \(bind: user.email.lowercased()), \(bind: user.name), \(bind: passwordHash),
                    \(bind: user.preferredLanguage.code), \(bind: join(user.roles.map(\.rawValue))),
                    \(bind: join(user.languages.map(\.code))), \(bind: join(Array(user.countries))),
                    \(bind: user.isActive ? 1 : 0), \(bind: now), \(bind: now))
            ON CONFLICT (email) DO NOTHING
            RETURNING id
            """
        ).all()
        if rows.isEmpty { throw EmailTaken(email: user.email) }
    }

    /// Saves everything but the password, inside `transaction`.
    public static func update(_ user: User, in transaction: WriteTransaction) async throws {
        try await transaction.sql.raw(
            """
            UPDATE users SET email = \(bind: user.email.lowercased()), name = \(bind: user.name),
                preferred_language = \(bind: user.preferredLanguage.code),
                roles = \(bind: join(user.roles.map(\.rawValue))), languages = \(bind: join(user.languages.map(\.code))),
                countries = \(bind: join(Array(user.countries))), active = \(bind: user.isActive ? 1 : 0),
                updated_at = \(bind: StoredTime.text(.now))
            WHERE id = \(bind: user.id.rawValue)
            """
        ).perform()
    }

    /// Replaces the password hash, inside `transaction`.
    public static func setPasswordHash(_ hash: String, for id: UserID, in transaction: WriteTransaction) async throws {
        try await transaction.sql.raw(
            """
            UPDATE users SET password_hash = \(bind: hash), updated_at = \(bind: StoredTime.text(.now))
            WHERE id = \(bind: id.rawValue)
            """
        ).perform()
    }

    /// The account with `email` (case-insensitive) and its password hash.
    public func find(email: String) async throws -> (user: User, passwordHash: String)? {
        let rows: [any SQLRow] = try await database.sql.raw(
            "SELECT * FROM users WHERE email = \(bind: email.lowercased())"
        ).all()
        return try rows.first.map { (try Self.user(from: $0), try $0.decode(column: "password_hash", as: String.self)) }
    }

    /// The account with `id`.
    public func find(id: UserID) async throws -> User? {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT * FROM users WHERE id = \(bind: id.rawValue)").all()
        return try rows.first.map(Self.user(from:))
    }

    /// The account with `id` and its password hash.
    public func credentials(id: UserID) async throws -> (user: User, passwordHash: String)? {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT * FROM users WHERE id = \(bind: id.rawValue)").all()
        return try rows.first.map { (try Self.user(from: $0), try $0.decode(column: "password_hash", as: String.self)) }
    }

    /// One page of accounts, by name.
    public func page(limit: Int, offset: Int) async throws -> [User] {
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT * FROM users ORDER BY name, email LIMIT \(bind: max(0, limit)) OFFSET \(bind: max(0, offset))
            """
        ).all()
        return try rows.map(Self.user(from:))
    }

    /// How many accounts exist.
    public func count() async throws -> Int {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM users").all()
        return try rows.first?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A stored account. A role or language this build does not know is an error: read
    /// as a lesser role, a tampered or newer row would silently change what someone may do.
    static func user(from row: any SQLRow) throws -> User {
        func list(_ column: String) throws -> [String] {
            try row.decode(column: column, as: String.self).split(separator: ",").map(String.init)
        }
        func known<Value: RawRepresentable<String>>(_ text: String, _ column: String) throws -> Value {
            guard let value = Value(rawValue: text) else { throw StoredValueInvalid(table: "users", column: column, value: text) }
            return value
        }
        return User(
            id: UserID(try row.decode(column: "id", as: String.self)),
            email: try row.decode(column: "email", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            preferredLanguage: try known(try row.decode(column: "preferred_language", as: String.self), "preferred_language"),
            roles: Set(try list("roles").map { try known($0, "roles") as Role }),
            languages: Set(try list("languages").map { try known($0, "languages") as Language }),
            countries: Set(try list("countries")),
            isActive: try row.decode(column: "active", as: Int.self) == 1)
    }

    private static func join(_ values: [String]) -> String { values.sorted().joined(separator: ",") }
}
