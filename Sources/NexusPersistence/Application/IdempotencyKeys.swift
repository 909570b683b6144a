import Foundation
import SQLKit

/// Remembers what a create with an `Idempotency-Key` made, so that a client retrying the
/// same request (after a timeout, say) gets the same record instead of a second one.
///
/// The key is recorded in the transaction of the create itself: either both are stored or
/// neither, and two concurrent requests with one key cannot both create (the second waits
/// on, then collides with, the first's primary key and is answered from it).
public struct IdempotencyKeys: Sendable {
    /// A key already used: by the same request, or by a different one.
    public struct Recorded: Sendable, Hashable {
        /// The operation the key was used for, such as `POST /api/v1/findings`.
        public let operation: String
        /// A digest of the request body the key was first used with.
        public let fingerprint: String
        /// The identifier of what the request created.
        public let resource: String

        /// Creates a record.
        public init(operation: String, fingerprint: String, resource: String) {
            self.operation = operation
            self.fingerprint = fingerprint
            self.resource = resource
        }
    }

    let database: NexusDatabase

    /// Creates the store of `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// What `principal` first did with `key`, if it used it before.
    public func recorded(principal: String, key: String) async throws -> Recorded? {
        try await Self.recorded(principal: principal, key: key, in: database.sql)
    }

    /// The same, read inside a write.
    public static func recorded(principal: String, key: String, in transaction: WriteTransaction) async throws -> Recorded? {
        try await recorded(principal: principal, key: key, in: transaction.sql)
    }

    private static func recorded(principal: String, key: String, in db: any SQLDatabase) async throws -> Recorded? {
        let rows: [any SQLRow] = try await db.raw(
            """
            SELECT operation, fingerprint, resource FROM idempotency_keys
            WHERE principal = \(bind: principal) AND idempotency_key = \(bind: key)
            """
        ).all()
        guard let row = rows.first else { return nil }
        return Recorded(
            operation: try row.decode(column: "operation", as: String.self),
            fingerprint: try row.decode(column: "fingerprint", as: String.self),
            resource: try row.decode(column: "resource", as: String.self))
    }

    /// Records that `key` created `resource`, inside the create's own transaction.
    public static func record(
        principal: String, key: String, _ recorded: Recorded, in transaction: WriteTransaction
    ) async throws {
        try await transaction.sql.raw(
            """
            INSERT INTO idempotency_keys (principal, idempotency_key, operation, fingerprint, resource, created_at)
            VALUES (\(bind: principal), \(bind: key), \(bind: recorded.operation), \(bind: recorded.fingerprint),
                    \(bind: recorded.resource), \(bind: StoredTime.text(.now)))
            """
        ).perform()
    }

    /// Forgets keys older than `age`: a client retries within minutes, not weeks.
    public func removeOlder(than age: Duration) async throws {
        let cutoff = StoredTime.text(Date.now.addingTimeInterval(-Double(age.components.seconds)))
        try await database.sql.raw("DELETE FROM idempotency_keys WHERE created_at < \(bind: cutoff)").perform()
    }
}
