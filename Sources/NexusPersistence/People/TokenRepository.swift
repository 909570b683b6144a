import Foundation
import NexusDomain
import SQLKit

/// API tokens: shown once, stored as fingerprints, scoped to one role, revocable.
public struct TokenRepository: Sendable {
    /// A token as listed (never the secret itself).
    public struct Token: Sendable, Hashable, Identifiable {
        public let id: String
        public let userID: String
        public let name: String
        public let role: Role
        public let createdAt: String
        public let lastUsedAt: String?
        public let revokedAt: String?
        public var isRevoked: Bool { revokedAt != nil }
    }

    /// The prefix that makes a leaked token recognisable in logs and scanners.
    public static let prefix = "nxt_"

    private let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// Issues a token; returns its record and the secret, which is never shown again.
    public func issue(userID: String, name: String, role: Role) async throws -> (token: Token, secret: String) {
        let secret = Secrets.make(prefix: Self.prefix)
        let token = Token(id: UUID().uuidString.lowercased(), userID: userID, name: name, role: role,
                          createdAt: Date.now.ISO8601Format(), lastUsedAt: nil, revokedAt: nil)
        try await database.sql.raw("""
            INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at)
            VALUES (\(bind: token.id), \(bind: userID), \(bind: name), \(bind: Secrets.fingerprint(secret)),
                    \(bind: role.rawValue), \(bind: token.createdAt))
            """).perform()
        return (token, secret)
    }

    /// The live token for a bearer secret and its user; `nil` when unknown or revoked.
    public func authenticate(_ secret: String) async throws -> (token: Token, user: User)? {
        guard secret.hasPrefix(Self.prefix) else { return nil }
        let rows: [any SQLRow] = try await database.sql.raw("""
            SELECT t.id AS token_id, t.name AS token_name, t.role AS token_role, t.created_at AS token_created,
                   t.last_used_at, t.revoked_at, u.*
            FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = \(bind: Secrets.fingerprint(secret)) AND t.revoked_at IS NULL
            """).all()
        guard let row = rows.first, let role = Role(rawValue: try row.decode(column: "token_role", as: String.self))
        else { return nil }
        let user = try UserRepository.user(from: row)
        let token = Token(
            id: try row.decode(column: "token_id", as: String.self), userID: user.id,
            name: try row.decode(column: "token_name", as: String.self), role: role,
            createdAt: try row.decode(column: "token_created", as: String.self),
            lastUsedAt: try row.decode(column: "last_used_at", as: String?.self), revokedAt: nil)
        let today = String(Date.now.ISO8601Format().prefix(10))
        if token.lastUsedAt?.hasPrefix(today) != true {
            try await database.sql.raw(
                "UPDATE api_tokens SET last_used_at = \(bind: Date.now.ISO8601Format()) WHERE id = \(bind: token.id)").perform()
        }
        return (token, user)
    }

    /// Revokes a token; revoking twice changes nothing. Returns the token as it was.
    @discardableResult
    public func revoke(id: String) async throws -> Token? {
        guard let token = try await find(id: id) else { return nil }
        if !token.isRevoked {
            try await database.sql.raw(
                "UPDATE api_tokens SET revoked_at = \(bind: Date.now.ISO8601Format()) WHERE id = \(bind: id)").perform()
        }
        return token
    }

    /// One token by its identifier.
    public func find(id: String) async throws -> Token? {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT * FROM api_tokens WHERE id = \(bind: id)").all()
        return try rows.first.map(Self.token(from:))
    }

    /// A user's tokens, newest first.
    public func tokens(of userID: String) async throws -> [Token] {
        let rows: [any SQLRow] = try await database.sql.raw(
            "SELECT * FROM api_tokens WHERE user_id = \(bind: userID) ORDER BY created_at DESC, id").all()
        return try rows.map(Self.token(from:))
    }

    private static func token(from row: any SQLRow) throws -> Token {
        Token(
            id: try row.decode(column: "id", as: String.self), userID: try row.decode(column: "user_id", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .viewer,
            createdAt: try row.decode(column: "created_at", as: String.self),
            lastUsedAt: try row.decode(column: "last_used_at", as: String?.self),
            revokedAt: try row.decode(column: "revoked_at", as: String?.self))
    }
}
