import Foundation
public import NexusDomain
import SQLKit

extension ContentRepository {
    /// One stored revision of one language version of an item.
    public struct Revision: Sendable, Hashable, Identifiable {
        public let id: String
        /// Numbered from 1 per language version; an edit form carries the number it was
        /// loaded from, so that a save can tell whether someone else saved in between.
        public let number: Int
        public let state: RevisionState
        public let document: ContentDocument
        /// The author's address, when a user wrote it.
        public let authorLabel: String?
        /// "editor", or what imported it ("first start", "command line").
        public let origin: String
        public let createdAt: Date
        /// Whether this is the revision readers see.
        public let isPublished: Bool

        /// Whether it was saved as a draft.
        public var isDraft: Bool { state == .draft }
    }

    /// A save made against an older revision than the newest: someone else saved meanwhile.
    public struct RevisionConflict: Error, Sendable {
        /// The revision the editor's form was loaded from.
        public let expected: Int
        /// The newest revision now.
        public let current: Revision
    }

    /// Every revision of `item` in `language`, newest first.
    public func revisions(of item: ContentItemID, language: Language) async throws -> [Revision] {
        try await Self.revisions(of: item, language: language, in: database.sql)
    }

    /// The newest revision of `item` in `language`, draft or published.
    public func latestRevision(of item: ContentItemID, language: Language) async throws -> Revision? {
        try await Self.revisions(of: item, language: language, limit: 1, in: database.sql).first
    }

    /// The English revisions of each of `items`, newest first: one query for a whole
    /// dashboard, however many items it shows.
    public func sourceRevisions(of items: Set<ContentItemID>) async throws -> [ContentItemID: [Revision]] {
        guard !items.isEmpty else { return [:] }
        var byItem: [ContentItemID: [Revision]] = [:]
        let sorted = items.sorted()
        for start in stride(from: 0, to: sorted.count, by: 200) {
            let batch = sorted[start..<min(start + 200, sorted.count)]
            let pairs = batch.map { "(\(bind: $0.kind.rawValue), \(bind: $0.slug))" as SQLQueryString }.joined(separator: ", ")
            let rows: [any SQLRow] = try await database.sql.raw(
                """
                \(Self.revisionColumns)
                WHERE r.language = \(bind: Language.source.code) AND (r.kind, r.slug) IN (\(pairs))
                ORDER BY r.kind, r.slug, r.revision DESC
                """
            ).all()
            for revision in try rows.map(Self.revision(from:)) { byItem[revision.document.itemID, default: []].append(revision) }
        }
        return byItem
    }

    private static let revisionColumns: SQLQueryString = """
        SELECT r.id, r.kind, r.slug, r.language, r.revision, r.state, r.fields, r.body, r.origin, r.created_at,
               u.email AS author, CASE WHEN p.revision_id IS NULL THEN 0 ELSE 1 END AS is_published
        FROM content_revisions r
        LEFT JOIN users u ON u.id = r.author_id
        LEFT JOIN content_published p ON p.revision_id = r.id
        """

    private static func revisions(
        of item: ContentItemID, language: Language, limit: Int? = nil, in db: any SQLDatabase
    ) async throws -> [Revision] {
        var query: SQLQueryString = """
            \(revisionColumns)
            WHERE r.kind = \(bind: item.kind.rawValue) AND r.slug = \(bind: item.slug) AND r.language = \(bind: language.code)
            ORDER BY r.revision DESC
            """
        if let limit { query += " LIMIT \(bind: limit)" }
        let rows: [any SQLRow] = try await db.raw(query).all()
        return try rows.map(revision(from:))
    }

    /// Saves `document` as a new revision by `actor` inside `transaction` and, when
    /// `publish` is set, publishes it at once; records the change in the audit log.
    ///
    /// `base` is the number of the newest revision when the editor loaded the form (0 for
    /// none); if another save came since, nothing is written and ``RevisionConflict`` says
    /// what the other editor saved. A document identical to the newest revision writes no
    /// new revision: a draft is published as it stands, and a published one is left alone.
    /// Returns the revision that now stands, and whether anything was written.
    public static func save(
        _ document: ContentDocument, base: Int?, publish: Bool, by actor: AuditActor, in transaction: WriteTransaction
    ) async throws -> (revision: Revision, wrote: Bool) {
        let db = transaction.sql
        let now = StoredTime.text(.now)
        try await claimItem(document.itemID, engine: transaction.engine, at: now, in: db)
        let previous = try await revisions(of: document.itemID, language: document.language, limit: 1, in: db).first
        if let base, base != (previous?.number ?? 0), let previous {
            throw RevisionConflict(expected: base, current: previous)
        }
        if let previous, previous.document == document {
            guard publish, !previous.isPublished else { return (previous, false) }
            try await db.raw("UPDATE content_revisions SET state = 'published' WHERE id = \(bind: previous.id)").perform()
            try await point(document, at: previous.id, now: now, in: db)
            try await AuditLog.record(
                .init(.contentPublish, entity: document.location, by: actor, after: DocumentRecord(document)),
                in: db)
            return (
                Revision(
                    id: previous.id, number: previous.number, state: .published, document: document,
                    authorLabel: previous.authorLabel, origin: previous.origin, createdAt: previous.createdAt,
                    isPublished: true), true
            )
        }
        let id = UUID().uuidString.lowercased()
        let state: RevisionState = publish ? .published : .draft
        let number = try await insertRevision(
            document, id: id, fingerprint: DocumentFingerprint.of(document), origin: "editor", at: now, state: state,
            authorID: actor.userID, in: db)
        if publish { try await point(document, at: id, now: now, in: db) }
        try await AuditLog.record(
            .init(
                publish ? .contentPublish : .contentDraft, entity: document.location, by: actor,
                before: previous.map { DocumentRecord($0.document) }, after: DocumentRecord(document)), in: db)
        return (
            Revision(
                id: id, number: number, state: state, document: document, authorLabel: actor.label, origin: "editor",
                createdAt: try StoredTime.date(now, table: "content_revisions", column: "created_at"),
                isPublished: publish), true
        )
    }

    /// Makes `revisionID` the published version of `document`'s item and language.
    static func point(_ document: ContentDocument, at revisionID: String, now: String, in db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO content_published (kind, slug, language, revision_id, published_at)
            VALUES (\(bind: document.kind.rawValue), \(bind: document.slug), \(bind: document.language.code),
                    \(bind: revisionID), \(bind: now))
            ON CONFLICT (kind, slug, language)
            DO UPDATE SET revision_id = excluded.revision_id, published_at = excluded.published_at
            """
        ).perform()
    }

    static func encodedFields(_ document: ContentDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document.fields), as: UTF8.self)
    }

    static func revision(from row: any SQLRow) throws -> Revision {
        let stateText = try row.decode(column: "state", as: String.self)
        guard let state = RevisionState(rawValue: stateText) else {
            throw StoredValueInvalid(table: "content_revisions", column: "state", value: stateText)
        }
        return Revision(
            id: try row.decode(column: "id", as: String.self), number: try row.decode(column: "revision", as: Int.self),
            state: state, document: try document(from: row),
            authorLabel: try row.decode(column: "author", as: String?.self), origin: try row.decode(column: "origin", as: String.self),
            createdAt: try row.date("created_at", table: "content_revisions"),
            isPublished: try row.decode(column: "is_published", as: Int.self) == 1)
    }

    /// The language versions whose newest revision is a draft not yet published.
    public func unpublishedDrafts() async throws -> Set<ContentDocumentKey> {
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT r.kind, r.slug, r.language FROM content_revisions r
            LEFT JOIN content_published p ON p.kind = r.kind AND p.slug = r.slug AND p.language = r.language
            LEFT JOIN content_revisions pr ON pr.id = p.revision_id
            WHERE r.state = 'draft' AND (pr.revision IS NULL OR r.revision > pr.revision)
            """
        ).all()
        return Set(try rows.map(Self.key(from:)))
    }

    private static func key(from row: any SQLRow) throws -> ContentDocumentKey {
        let kindText = try row.decode(column: "kind", as: String.self)
        let languageText = try row.decode(column: "language", as: String.self)
        guard let kind = ContentKind(rawValue: kindText), let language = Language(rawValue: languageText) else {
            throw StoredValueInvalid(table: "content_revisions", column: "kind, language", value: "\(kindText), \(languageText)")
        }
        return ContentDocumentKey(
            item: ContentItemID(kind: kind, slug: try row.decode(column: "slug", as: String.self)),
            language: language)
    }
}

/// A document as the audit log records it.
struct DocumentRecord: Encodable, Sendable {
    let fields: [String: ContentValue]
    let body: String

    init(_ document: ContentDocument) {
        fields = document.fields
        body = document.body
    }
}
