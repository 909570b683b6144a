import Foundation
import NexusDomain
import SQLKit

extension ContentRepository {
    /// One stored revision of one language version of an item.
    public struct Revision: Sendable, Hashable, Identifiable {
        public let id: String
        public let number: Int
        public let state: String
        public let document: ContentDocument
        public let authorLabel: String?
        public let origin: String
        public let createdAt: String
        /// Whether this is the revision readers see.
        public let isPublished: Bool

        public var isDraft: Bool { state == "draft" }
    }

    /// Every revision of `item` in `language`, newest first.
    public func revisions(of item: ContentItemID, language: Language) async throws -> [Revision] {
        try await Self.revisions(of: item, language: language, in: database.sql)
    }

    private static func revisions(
        of item: ContentItemID, language: Language, limit: Int? = nil, in db: any SQLDatabase
    ) async throws -> [Revision] {
        var query: SQLQueryString = """
            SELECT r.id, r.kind, r.slug, r.language, r.revision, r.state, r.fields, r.body, r.origin, r.created_at,
                   u.email AS author, CASE WHEN p.revision_id IS NULL THEN 0 ELSE 1 END AS is_published
            FROM content_revisions r
            LEFT JOIN users u ON u.id = r.author_id
            LEFT JOIN content_published p ON p.revision_id = r.id
            WHERE r.kind = \(bind: item.kind.rawValue) AND r.slug = \(bind: item.slug) AND r.language = \(bind: language.code)
            ORDER BY r.revision DESC
            """
        if let limit { query += " LIMIT \(bind: limit)" }
        let rows: [any SQLRow] = try await db.raw(query).all()
        return try rows.map(revision(from:))
    }

    /// The newest revision of `item` in `language`, draft or published.
    public func latestRevision(of item: ContentItemID, language: Language) async throws -> Revision? {
        try await Self.revisions(of: item, language: language, limit: 1, in: database.sql).first
    }

    /// Saves `document` as a new revision by `authorID` and, when `publish` is set,
    /// publishes it at once; records the change in the audit log. One transaction.
    @discardableResult
    public func save(
        _ document: ContentDocument, authorID: String?, actor: String, client: String?, publish: Bool
    ) async throws -> Revision {
        let audit = AuditLog(database: database)
        let engine = database.engine
        return try await database.transaction { db in
            let now = Date.now.ISO8601Format()
            try await Self.claimItem(document.itemID, engine: engine, at: now, in: db)
            let previous = try await Self.revisions(of: document.itemID, language: document.language, limit: 1, in: db).first
            let id = UUID().uuidString.lowercased()
            let number = try await Self.insertRevision(
                document, id: id, fingerprint: DocumentFingerprint.of(document), origin: "editor", at: now,
                state: publish ? "published" : "draft", authorID: authorID, in: db)
            if publish { try await Self.point(document, at: id, now: now, in: db) }
            try await audit.record(.init(
                actorID: authorID, actor: actor, action: publish ? "content.publish" : "content.draft",
                entityKind: "content", entityID: document.location,
                before: previous.map { AuditLog.Entry.json(DocumentRecord($0.document)) },
                after: AuditLog.Entry.json(DocumentRecord(document)), client: client), in: db)
            return Revision(id: id, number: number, state: publish ? "published" : "draft", document: document,
                            authorLabel: actor, origin: "editor", createdAt: now, isPublished: publish)
        }
    }

    /// Publishes an existing draft revision.
    public func publish(revision: Revision, authorID: String?, actor: String, client: String?) async throws {
        let audit = AuditLog(database: database)
        try await database.transaction { db in
            let now = Date.now.ISO8601Format()
            try await db.raw("UPDATE content_revisions SET state = 'published' WHERE id = \(bind: revision.id)").perform()
            try await Self.point(revision.document, at: revision.id, now: now, in: db)
            try await audit.record(.init(
                actorID: authorID, actor: actor, action: "content.publish", entityKind: "content",
                entityID: revision.document.location, after: AuditLog.Entry.json(DocumentRecord(revision.document)),
                client: client), in: db)
        }
    }

    /// Makes `revisionID` the published version of `document`'s item and language.
    static func point(_ document: ContentDocument, at revisionID: String, now: String, in db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO content_published (kind, slug, language, revision_id, published_at)
            VALUES (\(bind: document.kind.rawValue), \(bind: document.slug), \(bind: document.language.code),
                    \(bind: revisionID), \(bind: now))
            ON CONFLICT (kind, slug, language)
            DO UPDATE SET revision_id = excluded.revision_id, published_at = excluded.published_at
            """).perform()
    }

    static func encodedFields(_ document: ContentDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document.fields), as: UTF8.self)
    }

    static func revision(from row: any SQLRow) throws -> Revision {
        let fields = try JSONDecoder().decode(
            [String: ContentValue].self, from: Data(try row.decode(column: "fields", as: String.self).utf8))
        let document = ContentDocument(
            kind: ContentKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .concept,
            slug: try row.decode(column: "slug", as: String.self),
            language: Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .source,
            fields: fields, body: try row.decode(column: "body", as: String.self))
        return Revision(
            id: try row.decode(column: "id", as: String.self), number: try row.decode(column: "revision", as: Int.self),
            state: try row.decode(column: "state", as: String.self), document: document,
            authorLabel: try row.decode(column: "author", as: String?.self), origin: try row.decode(column: "origin", as: String.self),
            createdAt: try row.decode(column: "created_at", as: String.self),
            isPublished: try row.decode(column: "is_published", as: Int.self) == 1)
    }
}

/// A document as the audit log records it.
struct DocumentRecord: Encodable {
    let fields: [String: ContentValue]
    let body: String

    init(_ document: ContentDocument) {
        fields = document.fields
        body = document.body
    }
}

extension ContentRepository {
    /// The language versions whose newest revision is a draft not yet published.
    public func unpublishedDrafts() async throws -> Set<ContentDocumentKey> {
        let rows: [any SQLRow] = try await database.sql.raw("""
            SELECT r.kind, r.slug, r.language FROM content_revisions r
            LEFT JOIN content_published p ON p.kind = r.kind AND p.slug = r.slug AND p.language = r.language
            LEFT JOIN content_revisions pr ON pr.id = p.revision_id
            WHERE r.state = 'draft' AND (pr.revision IS NULL OR r.revision > pr.revision)
            """).all()
        return Set(try rows.compactMap { row in
            guard let kind = ContentKind(rawValue: try row.decode(column: "kind", as: String.self)),
                  let language = Language(rawValue: try row.decode(column: "language", as: String.self)) else { return nil }
            return ContentDocumentKey(item: ContentItemID(kind: kind, slug: try row.decode(column: "slug", as: String.self)),
                                      language: language)
        })
    }
}

/// One language version of one item.
public struct ContentDocumentKey: Sendable, Hashable {
    public let item: ContentItemID
    public let language: Language

    public init(item: ContentItemID, language: Language) {
        self.item = item
        self.language = language
    }
}
