import Foundation
import SQLKit

/// Slows down password guessing: after a few attempts for an account or a client address
/// that did not succeed, each further attempt must wait, twice as long each time, up to a cap.
///
/// An attempt is counted *before* its password is checked, in one transaction that holds the
/// counters while it reads and moves them (SQLite's write lock; on PostgreSQL an advisory
/// lock per key, which also covers a key that has no row yet): parallel attempts cannot all
/// pass the check before any of them is recorded. A successful sign-in then takes its count back.
/// Counters live in the database so that all instances count together, and accounts that
/// do not exist are throttled exactly like those that do.
public struct LoginThrottle: Sendable {
    /// Attempts allowed before waiting starts.
    public let freeAttempts: Int
    /// The wait after the first attempt beyond the free ones; it doubles with each further one.
    public let firstDelay: Duration
    /// The longest wait.
    public let maximumDelay: Duration
    private let database: NexusDatabase

    /// Creates a throttle over `database`.
    public init(
        database: NexusDatabase, freeAttempts: Int = 5, firstDelay: Duration = .seconds(1),
        maximumDelay: Duration = .seconds(15 * 60)
    ) {
        self.database = database
        self.freeAttempts = freeAttempts
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
    }

    /// Counts an attempt against every key and returns zero, or, when any key must still
    /// wait, counts nothing and returns how long.
    public func admit(_ keys: [String]) async throws -> Duration {
        let engine = database.engine
        let (free, first, maximum) = (freeAttempts, firstDelay, maximumDelay)
        return try await database.transaction { db in
            let now = Date.now
            var longest = Duration.zero
            // In one order, so that two attempts sharing keys never wait on each other in a circle.
            for key in keys.sorted() where engine == .postgresql {
                try await db.raw("SELECT pg_advisory_xact_lock(hashtext('nexus.login.' || \(bind: key)))").perform()
            }
            for key in keys {
                let rows: [any SQLRow] = try await db.raw(
                    "SELECT failures, last_failure_at FROM login_failures WHERE throttle_key = \(bind: key)"
                ).all()
                guard let row = rows.first else { continue }
                let failures = try row.decode(column: "failures", as: Int.self)
                guard failures >= free else { continue }
                let last = try row.date("last_failure_at", table: "login_failures")
                let delay = min(first * (1 << min(failures - free, 20)), maximum)
                let remaining = delay - .milliseconds(Int64(now.timeIntervalSince(last) * 1000))
                if remaining > longest { longest = remaining }
            }
            guard longest <= .zero else { return longest }
            let stamp = StoredTime.text(now)
            for key in keys {
                try await db.raw(
                    """
                    INSERT INTO login_failures (throttle_key, failures, last_failure_at) VALUES (\(bind: key), 1, \(bind: stamp))
                    ON CONFLICT (throttle_key) DO UPDATE
                    SET failures = login_failures.failures + 1, last_failure_at = excluded.last_failure_at
                    """
                ).perform()
            }
            return .zero
        }
    }

    /// After a successful sign-in: forgets the account's attempts and takes back the one
    /// counted against the client, whose other attempts (other accounts) still count.
    public func succeeded(account: String, client: String?) async throws {
        try await database.transaction { db in
            try await db.raw("DELETE FROM login_failures WHERE throttle_key = \(bind: account)").perform()
            guard let client else { return }
            try await db.raw("DELETE FROM login_failures WHERE throttle_key = \(bind: client) AND failures <= 1").perform()
            try await db.raw(
                "UPDATE login_failures SET failures = failures - 1 WHERE throttle_key = \(bind: client) AND failures > 1"
            ).perform()
        }
    }
}
