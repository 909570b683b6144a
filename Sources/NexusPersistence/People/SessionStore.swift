import Foundation
import NexusDomain
import SQLKit

/// Browser sessions in the database, so that several server instances share them.
///
/// The cookie carries a random secret; the table stores only its fingerprint. A
/// session ends after a period without activity, after an absolute lifetime however
/// active it is (a stolen cookie is not good forever), or when its user is deactivated.
public struct SessionStore: Sendable {
    /// An open session.
    public struct Session: Sendable {
        public let user: User
        /// The token forms of this session must carry.
        public let csrfToken: String
    }

    private let database: NexusDatabase
    /// How long a session lives without a request.
    public let idleTimeout: Duration
    /// How long a session lives at most, from sign-in.
    public let lifetime: Duration

    /// Creates a store over `database`.
    public init(database: NexusDatabase, idleTimeout: Duration = .seconds(60 * 60), lifetime: Duration = .seconds(12 * 3600)) {
        self.database = database
        self.idleTimeout = idleTimeout
        self.lifetime = lifetime
    }

    /// Opens a session for `userID`; returns the cookie value and the CSRF token.
    public func open(for userID: UserID) async throws -> (cookie: String, csrfToken: String) {
        let cookie = Secrets.make()
        let csrf = Secrets.make()
        let now = StoredTime.text(.now)
        try await database.perform(
            """
            INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at)
            VALUES (\(bind: Secrets.fingerprint(cookie)), \(bind: userID.rawValue), \(bind: csrf), \(bind: now), \(bind: now))
            """
        )
        return (cookie, csrf)
    }

    /// The live session for `cookie`, refreshing its last activity; `nil` when it is
    /// unknown, idle too long, past its lifetime, or its user is inactive (the session is
    /// then removed).
    public func session(for cookie: String) async throws -> Session? {
        let id = Secrets.fingerprint(cookie)
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, u.* FROM sessions s
            JOIN users u ON u.id = s.user_id
            WHERE s.id = \(bind: id)
            """
        ).all()
        guard let row = rows.first else { return nil }
        let user = try UserRepository.user(from: row)
        let seen = try row.date("last_seen_at", table: "sessions")
        let opened = try row.date("session_created_at", table: "sessions")
        let now = Date.now
        guard user.isActive, now.timeIntervalSince(seen) < Double(idleTimeout.components.seconds),
            now.timeIntervalSince(opened) < Double(lifetime.components.seconds)
        else {
            try await close(cookie)
            return nil
        }
        // Write the activity time at most once a minute: reads should not all become writes.
        if now.timeIntervalSince(seen) > 60 {
            try await database.perform("UPDATE sessions SET last_seen_at = \(bind: StoredTime.text(now)) WHERE id = \(bind: id)")
        }
        return Session(user: user, csrfToken: try row.decode(column: "csrf_token", as: String.self))
    }

    /// Ends the session of `cookie`.
    public func close(_ cookie: String) async throws {
        try await database.perform("DELETE FROM sessions WHERE id = \(bind: Secrets.fingerprint(cookie))")
    }

    /// Ends every session of a user (after a password reset or a deactivation).
    public func closeAll(for userID: UserID) async throws {
        try await database.perform("DELETE FROM sessions WHERE user_id = \(bind: userID.rawValue)")
    }

    /// The same, inside the write that calls for it (a deactivation, a password reset).
    public static func closeAll(for userID: UserID, in transaction: WriteTransaction) async throws {
        try await transaction.sql.raw("DELETE FROM sessions WHERE user_id = \(bind: userID.rawValue)").perform()
    }
}
