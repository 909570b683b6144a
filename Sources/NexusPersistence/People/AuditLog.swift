import Foundation
import NexusDomain
import SQLKit

/// The record of every write: who, when, what, and what changed.
public struct AuditLog: Sendable {
    /// One recorded write.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let at: String
        public let actorID: String?
        /// The actor as shown: an e-mail address, or "command line" for the CLI.
        public let actor: String
        public let action: String
        public let entityKind: String
        public let entityID: String
        /// The entity before the change, as JSON, when it had a before.
        public let before: String?
        /// The entity after the change, as JSON.
        public let after: String?
        /// The client address, for requests.
        public let client: String?

        /// Creates an entry stamped now.
        public init(
            actorID: String?, actor: String, action: String, entityKind: String, entityID: String,
            before: String? = nil, after: String? = nil, client: String? = nil
        ) {
            self.id = UUID().uuidString.lowercased()
            // Milliseconds, so that entries written within one second keep their order.
            self.at = Date.now.ISO8601Format(.init(includingFractionalSeconds: true))
            self.actorID = actorID
            self.actor = actor
            self.action = action
            self.entityKind = entityKind
            self.entityID = entityID
            self.before = before
            self.after = after
            self.client = client
        }

        init(row: any SQLRow) throws {
            id = try row.decode(column: "id", as: String.self)
            at = try row.decode(column: "at", as: String.self)
            actorID = try row.decode(column: "actor_id", as: String?.self)
            actor = try row.decode(column: "actor", as: String.self)
            action = try row.decode(column: "action", as: String.self)
            entityKind = try row.decode(column: "entity_kind", as: String.self)
            entityID = try row.decode(column: "entity_id", as: String.self)
            before = try row.decode(column: "before_value", as: String?.self)
            after = try row.decode(column: "after_value", as: String?.self)
            client = try row.decode(column: "client", as: String?.self)
        }
    }

    private let database: NexusDatabase

    /// Creates a log over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// Records `entry`, inside the caller's transaction when `db` is given, so that a
    /// write and its record stand or fall together.
    public func record(_ entry: Entry, in db: (any SQLDatabase)? = nil) async throws {
        try await (db ?? database.sql).raw("""
            INSERT INTO audit_log (id, at, actor_id, actor, action, entity_kind, entity_id, before_value, after_value, client)
            VALUES (\(bind: entry.id), \(bind: entry.at), \(bind: entry.actorID), \(bind: entry.actor), \(bind: entry.action),
                    \(bind: entry.entityKind), \(bind: entry.entityID), \(bind: entry.before), \(bind: entry.after),
                    \(bind: entry.client))
            """).perform()
    }

    /// The newest entries first, a page at a time.
    public func entries(limit: Int = 100, offset: Int = 0) async throws -> [Entry] {
        let rows: [any SQLRow] = try await database.sql.raw("""
            SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
            """).all()
        return try rows.map(Entry.init(row:))
    }

    /// How many entries there are.
    public func count() async throws -> Int {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM audit_log").all()
        return try rows.first?.decode(column: "n", as: Int.self) ?? 0
    }
}

extension AuditLog.Entry {
    /// Encodes a value as the JSON recorded for before and after.
    public static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
