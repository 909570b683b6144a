import Foundation
public import NexusDomain
import SQLKit

/// A token's identifier.
public typealias TokenID = Identifier<TokenRepository.Token>

/// API tokens: shown once, stored as fingerprints, scoped to one role, revocable.
public struct TokenRepository: Sendable {
    /// A token as listed (never the secret itself).
    public struct Token: Sendable, Hashable, Identifiable {
        public let id: TokenID
        public let userID: UserID
        public let name: String
        public let role: Role
        public let createdAt: Date
        public let lastUsedAt: Date?
        public let revokedAt: Date?
        public var isRevoked: Bool { revokedAt != nil }
    }

    /// The prefix that makes a leaked token recognisable in logs and scanners.
    public static let prefix = "nxt_"

    private let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// Issues a token inside `transaction`; returns its record and the secret, which is never shown again.
    public static func issue(
        userID: UserID, name: String, role: Role, in transaction: WriteTransaction
    ) async throws -> (token: Token, secret: String) {
        let secret = Secrets.make(prefix: prefix)
        let now = Date.now
        let token = Token(
            id: TokenID(UUID().uuidString.lowercased()), userID: userID, name: name, role: role,
            createdAt: now, lastUsedAt: nil, revokedAt: nil)
        try await transaction.sql.raw(
            """
            INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at)
            VALUES (\(bind: token.id.rawValue), \(bind: userID.rawValue), \(bind: name), \(bind: Secrets.fingerprint(secret)),
                    \(bind: role.rawValue), \(bind: StoredTime.text(now)))
            """
        ).perform()
        return (token, secret)
    }

    /// The live token for a bearer secret and its user; `nil` when unknown or revoked.
    public func authenticate(_ secret: String) async throws -> (token: Token, user: User)? {
        guard secret.hasPrefix(Self.prefix) else { return nil }
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT t.id AS token_id, t.user_id AS token_user_id, t.name AS token_name, t.role AS token_role,
                   t.created_at AS token_created_at, t.last_used_at AS token_last_used_at, t.revoked_at AS token_revoked_at, u.*
            FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = \(bind: Secrets.fingerprint(secret)) AND t.revoked_at IS NULL
            """
        ).all()
        guard let row = rows.first else { return nil }
        let user = try UserRepository.user(from: row)
        let token = try Self.token(from: row, prefix: "token_")
        // The day of last use is enough for an administrator, and a write per request is not.
        let now = Date.now
        if let used = token.lastUsedAt, Self.utc.isDate(used, inSameDayAs: now) { return (token, user) }
        try await database.perform(
            "UPDATE api_tokens SET last_used_at = \(bind: StoredTime.text(now)) WHERE id = \(bind: token.id.rawValue)")
        return (token, user)
    }

    /// Revokes a token inside `transaction`; revoking twice changes nothing. Returns the
    /// token as it was, `nil` when there is none.
    public static func revoke(id: TokenID, in transaction: WriteTransaction) async throws -> Token? {
        let rows: [any SQLRow] = try await transaction.sql.raw("SELECT * FROM api_tokens WHERE id = \(bind: id.rawValue)").all()
        guard let token = try rows.first.map({ try Self.token(from: $0) }) else { return nil }
        if !token.isRevoked {
            try await transaction.sql.raw(
                "UPDATE api_tokens SET revoked_at = \(bind: StoredTime.text(.now)) WHERE id = \(bind: id.rawValue)"
            ).perform()
        }
        return token
    }

    /// One token by its identifier.
    public func find(id: TokenID) async throws -> Token? {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT * FROM api_tokens WHERE id = \(bind: id.rawValue)").all()
        return try rows.first.map { try Self.token(from: $0) }
    }

    /// A user's tokens, newest first.
    public func tokens(of userID: UserID) async throws -> [Token] {
        let rows: [any SQLRow] = try await database.sql.raw(
            "SELECT * FROM api_tokens WHERE user_id = \(bind: userID.rawValue) ORDER BY created_at DESC, id"
        ).all()
        return try rows.map { try Self.token(from: $0) }
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// A stored token; columns carry `prefix` when read beside a user's.
    private static func token(from row: any SQLRow, prefix: String = "") throws -> Token {
        let roleText = try row.decode(column: prefix + "role", as: String.self)
        guard let role = Role(rawValue: roleText) else { throw StoredValueInvalid(table: "api_tokens", column: "role", value: roleText) }
        return Token(
            id: TokenID(try row.decode(column: prefix + "id", as: String.self)),
            userID: UserID(try row.decode(column: prefix + "user_id", as: String.self)),
            name: try row.decode(column: prefix + "name", as: String.self), role: role,
            createdAt: try row.date(prefix + "created_at", table: "api_tokens"),
            lastUsedAt: try row.optionalDate(prefix + "last_used_at", table: "api_tokens"),
            revokedAt: try row.optionalDate(prefix + "revoked_at", table: "api_tokens"))
    }
}
