import Foundation
public import NexusDomain
import SQLKit

/// Reads and writes toolkit content in the database: revisions of every language version,
/// and which revision readers see.
public struct ContentRepository: Sendable {
    /// What an import changed.
    public struct ImportSummary: Sendable, Equatable {
        /// Documents that did not exist before.
        public var created: Int
        /// Documents whose published text changed.
        public var updated: Int
        /// Documents identical to what was published.
        public var unchanged: Int
        /// The language versions written.
        public var written: [ContentDocumentKey] = []
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
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT r.kind, r.slug, r.language, r.fields, r.body
            FROM content_published p
            JOIN content_revisions r ON r.id = p.revision_id
            ORDER BY r.kind, r.slug, r.language
            """
        ).all()
        return try rows.map(Self.document(from:))
    }

    /// The published version of every document, read inside a write (which sees its own changes).
    public static func publishedDocuments(in transaction: WriteTransaction) async throws -> [ContentDocument] {
        let rows: [any SQLRow] = try await transaction.sql.raw(
            """
            SELECT r.kind, r.slug, r.language, r.fields, r.body
            FROM content_published p JOIN content_revisions r ON r.id = p.revision_id
            """
        ).all()
        return try rows.map(document(from:))
    }

    /// The published versions of `keys` as stored now; a key with none is absent.
    public func publishedDocuments(_ keys: Set<ContentDocumentKey>) async throws -> [ContentDocumentKey: ContentDocument] {
        var found: [ContentDocumentKey: ContentDocument] = [:]
        for key in keys.sorted() {
            let rows: [any SQLRow] = try await database.sql.raw(
                """
                SELECT r.kind, r.slug, r.language, r.fields, r.body
                FROM content_published p JOIN content_revisions r ON r.id = p.revision_id
                WHERE p.kind = \(bind: key.item.kind.rawValue) AND p.slug = \(bind: key.item.slug)
                  AND p.language = \(bind: key.language.code)
                """
            ).all()
            if let row = rows.first { found[key] = try Self.document(from: row) }
        }
        return found
    }

    /// Whether any content has been published.
    public func hasPublishedContent() async throws -> Bool {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM content_published").all()
        return try (rows.first?.decode(column: "n", as: Int.self) ?? 0) > 0
    }

    /// Publishes `documents` inside `transaction`: a document identical to its published
    /// version is left alone, a changed one gets a new revision. Running it twice with the
    /// same files changes nothing the second time.
    public static func importDocuments(
        _ documents: [ContentDocument], by actor: AuditActor, in transaction: WriteTransaction
    ) async throws -> ImportSummary {
        let db = transaction.sql
        var summary = ImportSummary()
        let now = StoredTime.text(.now)
        for document in documents {
            let fingerprint = DocumentFingerprint.of(document)
            let current = try await publishedFingerprint(of: document.key, in: db)
            if current == fingerprint {
                summary.unchanged += 1
                continue
            }
            if current == nil { summary.created += 1 } else { summary.updated += 1 }
            summary.written.append(document.key)
            try await claimItem(document.itemID, engine: transaction.engine, at: now, in: db)
            let revisionID = UUID().uuidString.lowercased()
            try await insertRevision(
                document, id: revisionID, fingerprint: fingerprint, origin: actor.label, at: now,
                state: .published, authorID: actor.userID, in: db)
            try await AuditLog.record(
                .init(.contentImport, entity: document.location, by: actor, after: DocumentRecord(document)),
                in: db)
            try await point(document, at: revisionID, now: now, in: db)
        }
        return summary
    }

    private static func publishedFingerprint(of key: ContentDocumentKey, in db: any SQLDatabase) async throws -> String? {
        let rows: [any SQLRow] = try await db.raw(
            """
            SELECT r.content_hash
            FROM content_published p JOIN content_revisions r ON r.id = p.revision_id
            WHERE p.kind = \(bind: key.item.kind.rawValue) AND p.slug = \(bind: key.item.slug)
              AND p.language = \(bind: key.language.code)
            """
        ).all()
        return try rows.first?.decode(column: "content_hash", as: String.self)
    }

    /// Creates the item row if it is new and, on PostgreSQL, locks it until the end of
    /// the transaction, so that two writers of one item take revision numbers in turn
    /// instead of colliding on the unique key. SQLite's BEGIN IMMEDIATE already
    /// serialises writers.
    static func claimItem(
        _ id: ContentItemID, engine: NexusDatabase.Engine, at now: String, in db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO content_items (kind, slug, created_at)
            VALUES (\(bind: id.kind.rawValue), \(bind: id.slug), \(bind: now))
            ON CONFLICT (kind, slug) DO NOTHING
            """
        ).perform()
        if engine == .postgresql {
            try await db.raw(
                """
                SELECT slug FROM content_items WHERE kind = \(bind: id.kind.rawValue) AND slug = \(bind: id.slug) FOR UPDATE
                """
            ).perform()
        }
    }

    /// Writes `document` as the item's next revision (numbered after the highest so far)
    /// and returns its number. The caller holds the item's row (see `claimItem`).
    @discardableResult
    static func insertRevision(
        _ document: ContentDocument, id: String, fingerprint: String, origin: String, at now: String,
        state: RevisionState, authorID: UserID?, in db: any SQLDatabase
    ) async throws -> Int {
        let fields = try encodedFields(document)
        let rows: [any SQLRow] = try await db.raw(
            """
            SELECT COALESCE(MAX(revision), 0) AS latest FROM content_revisions
            WHERE kind = \(bind: document.kind.rawValue) AND slug = \(bind: document.slug)
              AND language = \(bind: document.language.code)
            """
        ).all()
        let next = (try rows.first?.decode(column: "latest", as: Int.self) ?? 0) + 1
        try await db.raw(
            """
            INSERT INTO content_revisions
                (id, kind, slug, language, revision, state, fields, body, content_hash, origin, created_at, author_id)
            VALUES (\(bind: id), \(bind: document.kind.rawValue), \(bind: document.slug), \(bind: document.language.code),
                    \(bind: next), \(bind: state.rawValue), \(bind: fields), \(bind: document.body), \(bind: fingerprint),
                    \(bind: origin), \(bind: now), \(bind: authorID?.rawValue))
            """
        ).perform()
        return next
    }

    /// A stored document; a kind or language this build does not know is an error.
    static func document(from row: any SQLRow) throws -> ContentDocument {
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = ContentKind(rawValue: kindText) else {
            throw StoredValueInvalid(table: "content_revisions", column: "kind", value: kindText)
        }
        let languageText = try row.decode(column: "language", as: String.self)
        guard let language = Language(rawValue: languageText) else {
            throw StoredValueInvalid(table: "content_revisions", column: "language", value: languageText)
        }
        let fields = try JSONDecoder().decode(
            [String: ContentValue].self, from: Data(try row.decode(column: "fields", as: String.self).utf8))
        return ContentDocument(
            kind: kind, slug: try row.decode(column: "slug", as: String.self), language: language,
            fields: fields, body: try row.decode(column: "body", as: String.self))
    }
}
