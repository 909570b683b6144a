import Foundation
import NexusDomain
import SQLKit

/// Reads and writes toolkit content in the database.
public struct ContentRepository: Sendable {
    /// What an import changed.
    public struct ImportSummary: Sendable, Equatable {
        /// Documents that did not exist before.
        public var created: Int
        /// Documents whose published text changed.
        public var updated: Int
        /// Documents identical to what was published.
        public var unchanged: Int
        /// Whether anything changed.
        public var changedAnything: Bool { created + updated > 0 }

        /// Creates a summary.
        public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.created = created
            self.updated = updated
            self.unchanged = unchanged
        }
    }

    let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// The published version of every document, the input of the toolkit snapshot.
    public func publishedDocuments() async throws -> [ContentDocument] {
        let rows: [any SQLRow] = try await database.sql.raw("""
            SELECT r.kind, r.slug, r.language, r.fields, r.body
            FROM content_published p
            JOIN content_revisions r ON r.id = p.revision_id
            ORDER BY r.kind, r.slug, r.language
            """).all()
        let decoder = JSONDecoder()
        return try rows.compactMap { row in
            guard let kind = ContentKind(rawValue: try row.decode(column: "kind", as: String.self)),
                  let language = Language(rawValue: try row.decode(column: "language", as: String.self))
            else { return nil }
            let fields = try decoder.decode(
                [String: ContentValue].self, from: Data(try row.decode(column: "fields", as: String.self).utf8))
            return ContentDocument(
                kind: kind, slug: try row.decode(column: "slug", as: String.self), language: language,
                fields: fields, body: try row.decode(column: "body", as: String.self))
        }
    }

    /// Whether any content has been published.
    public func hasPublishedContent() async throws -> Bool {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM content_published").all()
        return try (rows.first?.decode(column: "n", as: Int.self) ?? 0) > 0
    }

    /// Publishes `documents` in one transaction: a document identical to its published
    /// version is left alone, a changed one gets a new revision. Running it twice
    /// with the same files changes nothing the second time.
    public func publish(_ documents: [ContentDocument], origin: String) async throws -> ImportSummary {
        let engine = database.engine
        return try await database.transaction { db in
            var summary = ImportSummary()
            let now = Date.now.ISO8601Format()
            for document in documents {
                let fingerprint = DocumentFingerprint.of(document)
                let current = try await Self.publishedRevision(of: document, in: db)
                if current?.fingerprint == fingerprint {
                    summary.unchanged += 1
                    continue
                }
                if current == nil { summary.created += 1 } else { summary.updated += 1 }
                try await Self.claimItem(document.itemID, engine: engine, at: now, in: db)
                let revisionID = UUID().uuidString.lowercased()
                try await Self.insertRevision(document, id: revisionID, fingerprint: fingerprint,
                                              origin: origin, at: now, in: db)
                try await AuditLog(database: database).record(.init(
                    actorID: nil, actor: origin, action: "content.import", entityKind: "content", entityID: document.location,
                    after: AuditLog.Entry.json(DocumentRecord(document))), in: db)
                try await Self.point(document, at: revisionID, now: now, in: db)
            }
            return summary
        }
    }

    private static func publishedRevision(
        of document: ContentDocument, in db: any SQLDatabase
    ) async throws -> (fingerprint: String, revision: Int)? {
        let rows: [any SQLRow] = try await db.raw("""
            SELECT r.content_hash, r.revision
            FROM content_published p JOIN content_revisions r ON r.id = p.revision_id
            WHERE p.kind = \(bind: document.kind.rawValue) AND p.slug = \(bind: document.slug)
              AND p.language = \(bind: document.language.code)
            """).all()
        guard let row = rows.first else { return nil }
        return (try row.decode(column: "content_hash", as: String.self), try row.decode(column: "revision", as: Int.self))
    }

    /// Creates the item row if it is new and, on PostgreSQL, locks it until the end of
    /// the transaction, so that two writers of one item take revision numbers in turn
    /// instead of colliding on the unique key. SQLite's BEGIN IMMEDIATE already
    /// serialises writers.
    static func claimItem(
        _ id: ContentItemID, engine: NexusDatabase.Engine, at now: String, in db: any SQLDatabase
    ) async throws {
        try await db.raw("""
            INSERT INTO content_items (kind, slug, created_at)
            VALUES (\(bind: id.kind.rawValue), \(bind: id.slug), \(bind: now))
            ON CONFLICT (kind, slug) DO NOTHING
            """).perform()
        if engine == .postgresql {
            try await db.raw("""
                SELECT slug FROM content_items WHERE kind = \(bind: id.kind.rawValue) AND slug = \(bind: id.slug) FOR UPDATE
                """).perform()
        }
    }

    /// Writes `document` as the item's next revision (numbered after the highest so far)
    /// and returns its number. The caller holds the item's row (see `claimItem`).
    @discardableResult
    static func insertRevision(
        _ document: ContentDocument, id: String, fingerprint: String, origin: String, at now: String,
        state: String = "published", authorID: String? = nil, in db: any SQLDatabase
    ) async throws -> Int {
        let fields = try encodedFields(document)
        let rows: [any SQLRow] = try await db.raw("""
            SELECT COALESCE(MAX(revision), 0) AS latest FROM content_revisions
            WHERE kind = \(bind: document.kind.rawValue) AND slug = \(bind: document.slug)
              AND language = \(bind: document.language.code)
            """).all()
        let next = (try rows.first?.decode(column: "latest", as: Int.self) ?? 0) + 1
        try await db.raw("""
            INSERT INTO content_revisions
                (id, kind, slug, language, revision, state, fields, body, content_hash, origin, created_at, author_id)
            VALUES (\(bind: id), \(bind: document.kind.rawValue), \(bind: document.slug), \(bind: document.language.code),
                    \(bind: next), \(bind: state), \(bind: fields), \(bind: document.body), \(bind: fingerprint),
                    \(bind: origin), \(bind: now), \(bind: authorID))
            """).perform()
        return next
    }
}
