import Foundation
public import NexusDomain
import SQLKit

/// The record of every write: who, when, what, and what changed.
public struct AuditLog: Sendable {
    /// One recorded write.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let at: Date
        public let actorID: UserID?
        /// The actor as shown: an e-mail address, or "command line" for the CLI.
        public let actor: String
        public let action: AuditAction
        /// The record changed: a content location, a user, token or finding id.
        public let entityID: String
        /// The entity before the change, as JSON, when it had a before.
        public let before: String?
        /// The entity after the change, as JSON.
        public let after: String?
        /// The client address, for requests.
        public let client: String?

        /// What kind of record the entry names.
        public var entityKind: AuditEntityKind { action.entityKind }

        /// Creates an entry stamped now; `before` and `after` are recorded as JSON.
        public init(
            _ action: AuditAction, entity: String, by actor: AuditActor, before: (any Encodable & Sendable)? = nil,
            after: (any Encodable & Sendable)? = nil
        ) throws {
            self.id = UUID().uuidString.lowercased()
            self.at = .now
            self.actorID = actor.userID
            self.actor = actor.label
            self.action = action
            self.entityID = entity
            self.before = try before.map(Self.json)
            self.after = try after.map(Self.json)
            self.client = actor.client
        }

        init(row: any SQLRow) throws {
            id = try row.decode(column: "id", as: String.self)
            at = try row.date("at", table: "audit_log")
            actorID = try row.decode(column: "actor_id", as: String?.self).map { UserID($0) }
            actor = try row.decode(column: "actor", as: String.self)
            let action = try row.decode(column: "action", as: String.self)
            guard let known = AuditAction(rawValue: action) else {
                throw StoredValueInvalid(table: "audit_log", column: "action", value: action)
            }
            self.action = known
            entityID = try row.decode(column: "entity_id", as: String.self)
            before = try row.decode(column: "before_value", as: String?.self)
            after = try row.decode(column: "after_value", as: String?.self)
            client = try row.decode(column: "client", as: String?.self)
        }

        /// The JSON recorded for before and after. A value that cannot be encoded fails the
        /// write rather than leaving a record that says nothing.
        static func json(_ value: any Encodable) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        }
    }

    private let database: NexusDatabase

    /// Creates a log over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// Records `entry` inside the write it describes, so that the write and its record
    /// stand or fall together.
    public static func record(_ entry: Entry, in transaction: WriteTransaction) async throws {
        try await record(entry, in: transaction.sql)
    }

    static func record(_ entry: Entry, in db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO audit_log (id, at, actor_id, actor, action, entity_kind, entity_id, before_value, after_value, client)
            VALUES (\(bind: entry.id), \(bind: StoredTime.text(entry.at)), \(bind: entry.actorID?.rawValue), \(bind: entry.actor),
                    \(bind: entry.action.rawValue), \(bind: entry.entityKind.rawValue), \(bind: entry.entityID),
                    \(bind: entry.before), \(bind: entry.after), \(bind: entry.client))
            """
        ).perform()
    }

    /// The newest entries first, a page at a time.
    public func entries(limit: Int = 100, offset: Int = 0) async throws -> [Entry] {
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT \(bind: max(0, limit)) OFFSET \(bind: max(0, offset))
            """
        ).all()
        return try rows.map(Entry.init(row:))
    }

    /// How many entries there are.
    public func count() async throws -> Int {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM audit_log").all()
        return try rows.first?.decode(column: "n", as: Int.self) ?? 0
    }
}
