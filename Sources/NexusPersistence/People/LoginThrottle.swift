import Foundation
import SQLKit

/// Slows down password guessing: after a few failures for an account or a client
/// address, each further attempt must wait, twice as long each time, up to a cap.
///
/// Failures are kept in the database so that all instances count them together, and
/// accounts that do not exist are throttled exactly like those that do.
public struct LoginThrottle: Sendable {
    /// Failures allowed before waiting starts.
    public let freeAttempts: Int
    /// The wait after the first failure beyond the free ones; it doubles with each further failure.
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

    /// How long the caller must still wait before trying `keys` again; zero when it may try now.
    public func wait(for keys: [String]) async throws -> Duration {
        var longest = Duration.zero
        for key in keys {
            let rows: [any SQLRow] = try await database.sql.raw(
                "SELECT failures, last_failure_at FROM login_failures WHERE throttle_key = \(bind: key)").all()
            guard let row = rows.first else { continue }
            let failures = try row.decode(column: "failures", as: Int.self)
            guard failures >= freeAttempts else { continue }
            let stored = try row.decode(column: "last_failure_at", as: String.self)
            let last = (try? Date(stored, strategy: Self.timestamp)) ?? (try? Date(stored, strategy: .iso8601)) ?? .now
            let exponent = min(failures - freeAttempts, 20)
            let delay = min(firstDelay * (1 << exponent), maximumDelay)
            let remaining = delay - .seconds(Date.now.timeIntervalSince(last))
            if remaining > longest { longest = remaining }
        }
        return longest
    }

    /// Counts a failed attempt against each key.
    public func recordFailure(for keys: [String]) async throws {
        let now = Date.now.ISO8601Format(Self.timestamp)
        for key in keys {
            try await database.sql.raw("""
                INSERT INTO login_failures (throttle_key, failures, last_failure_at) VALUES (\(bind: key), 1, \(bind: now))
                ON CONFLICT (throttle_key) DO UPDATE SET failures = login_failures.failures + 1, last_failure_at = excluded.last_failure_at
                """).perform()
        }
    }

    /// Milliseconds: truncated to the second, a one-second wait could pass unnoticed.
    private static let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Forgets the failures of an account after a successful sign-in.
    public func reset(_ key: String) async throws {
        try await database.sql.raw("DELETE FROM login_failures WHERE throttle_key = \(bind: key)").perform()
    }
}
