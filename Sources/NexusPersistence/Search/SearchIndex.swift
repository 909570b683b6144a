import Foundation
import NexusDomain
import SQLKit

/// The search index in the product's database: SQLite FTS5 or PostgreSQL full-text,
/// fed and queried through the one ``SearchAnalyzer`` so that both engines find the same
/// documents. Features register their texts under a source name and keep it in step
/// with their records: a few documents at a time inside each write
/// (``replace(source:items:with:in:)``), and whole at start-up (``synchronize(source:with:)``).
public struct SearchIndex: Sendable {
    let database: NexusDatabase
    /// Past this many matches a query counts as broad (see ``search(_:)``).
    public let broadLimit: Int

    /// The facet under which a document's audience is stored, never shown or counted.
    static let audienceFacet = "audience"

    /// Creates the index of `database`. Ranking and counting cost a few microseconds per
    /// match; with the default limit the 95th percentile of the benchmark's query mix stays
    /// under 10 ms at 100,000 documents on SQLite (Benchmarks/README.md), while the
    /// bundled toolkit's queries are answered exhaustively.
    public init(database: NexusDatabase, broadLimit: Int = 250) {
        self.database = database
        self.broadLimit = max(1, broadLimit)
    }

    /// Makes `documents` the whole content of `source`, or of the given `items` of it (every
    /// language of a few findings, say): the documents of those no longer among them are
    /// removed, the others written afresh. One transaction.
    public func replace(source: String, items: Set<String>? = nil, with documents: [SearchDocument]) async throws {
        try await database.write { transaction in
            try await Self.replace(source: source, items: items, with: documents, in: transaction)
        }
    }

    /// The same, inside a write that also stores what the documents describe, so that the
    /// index never disagrees with the records after a commit.
    public static func replace(
        source: String, items: Set<String>? = nil, with documents: [SearchDocument], in transaction: WriteTransaction
    ) async throws {
        let db = transaction.sql
        let engine = transaction.engine
        let keep = Set(documents.map(\.id))
        let queries: [SQLQueryString] =
            items.map { items in
                items.sorted().map { "SELECT id FROM search_documents WHERE source = \(bind: source) AND item = \(bind: $0)" }
            } ?? ["SELECT id FROM search_documents WHERE source = \(bind: source)"]
        for query in queries {
            for row in try await db.raw(query).all() {
                let id = try row.decode(column: "id", as: String.self)
                if !keep.contains(id) { try await delete(id, engine: engine, in: db) }
            }
        }
        try await write(documents, engine: engine, in: db)
    }

    /// Makes the index hold exactly `documents` for `source`, writing only those that are
    /// missing or differ (by their fingerprints) and removing those no longer among them;
    /// returns how many it wrote and removed. Starting an instance thus costs one read of
    /// the source's fingerprints, not a rewrite of every document.
    @discardableResult
    public func synchronize(source: String, with documents: [SearchDocument]) async throws -> (written: Int, removed: Int) {
        try await database.write { transaction in
            try await Self.synchronize(source: source, with: documents, in: transaction)
        }
    }

    /// The same, inside a write.
    @discardableResult
    public static func synchronize(
        source: String, with documents: [SearchDocument], in transaction: WriteTransaction
    ) async throws -> (written: Int, removed: Int) {
        let db = transaction.sql
        let rows: [any SQLRow] = try await db.raw("SELECT id, fingerprint FROM search_documents WHERE source = \(bind: source)").all()
        var stored: [String: String] = [:]
        for row in rows { stored[try row.decode(column: "id", as: String.self)] = try row.decode(column: "fingerprint", as: String.self) }
        let changed = documents.filter { stored[$0.id] != SearchFingerprint.of($0) }
        let removed = Set(stored.keys).subtracting(documents.map(\.id))
        for id in removed.sorted() { try await delete(id, engine: transaction.engine, in: db) }
        try await write(changed, engine: transaction.engine, in: db)
        return (changed.count, removed.count)
    }

    /// Writes `documents` inside a write, replacing earlier versions with the same ids.
    public static func upsert(_ documents: [SearchDocument], in transaction: WriteTransaction) async throws {
        try await write(documents, engine: transaction.engine, in: transaction.sql)
    }

    /// How many documents `source` has in the index.
    public func count(source: String) async throws -> Int {
        let rows: [any SQLRow] = try await database.sql.raw(
            "SELECT COUNT(*) AS n FROM search_documents WHERE source = \(bind: source)"
        ).all()
        return try rows.first?.decode(column: "n", as: Int.self) ?? 0
    }

    private static func write(_ documents: [SearchDocument], engine: NexusDatabase.Engine, in db: any SQLDatabase) async throws {
        var vocabulary = Set<String>()
        for document in documents {
            try await delete(document.id, engine: engine, in: db)
            let titleTerms = document.titleTerms
            let bodyTerms = document.textTerms
            try await db.raw(
                """
                INSERT INTO search_documents (id, source, kind, item, language, title, body, url, title_terms, body_terms, fingerprint)
                VALUES (\(bind: document.id), \(bind: document.source), \(bind: document.kind.rawValue), \(bind: document.item),
                        \(bind: document.language.code), \(bind: document.title), \(bind: document.text), '',
                        \(bind: titleTerms), \(bind: bodyTerms), \(bind: SearchFingerprint.of(document)))
                """
            ).perform()
            if engine == .sqlite, let rowid = try await rowid(of: document.id, in: db) {
                // The SQLite side tables share the document's rowid.
                try await db.raw(
                    """
                    INSERT INTO search_fts (rowid, title_terms, body_terms) VALUES (\(bind: rowid), \(bind: titleTerms), \(bind: bodyTerms))
                    """
                ).perform()
                try await db.raw("INSERT INTO search_title_fts (rowid, title_terms) VALUES (\(bind: rowid), \(bind: titleTerms))").perform()
                try await db.raw(
                    """
                    INSERT INTO search_rows (rowid, document_id, language, kind)
                    VALUES (\(bind: rowid), \(bind: document.id), \(bind: document.language.code), \(bind: document.kind.rawValue))
                    """
                ).perform()
            }
            // The audience is stored as a facet that is never shown or counted.
            let facets = document.facets.flatMap { facet, values in Set(values).map { (facet.rawValue, $0) } }
            for (facet, value) in facets + Set(document.audience).map({ (audienceFacet, $0) }) {
                try await db.raw(
                    """
                    INSERT INTO search_facets (document_id, facet, value) VALUES (\(bind: document.id), \(bind: facet), \(bind: value))
                    """
                ).perform()
            }
            for term in (titleTerms + " " + bodyTerms).split(separator: " ") where term.count >= TypoTolerance.minimumLength - 1 {
                vocabulary.insert(String(term))
            }
        }
        try await addToVocabulary(vocabulary, in: db)
    }

    private static func delete(_ id: String, engine: NexusDatabase.Engine, in db: any SQLDatabase) async throws {
        if engine == .sqlite, let rowid = try await rowid(of: id, in: db) {
            for table in ["search_fts", "search_title_fts", "search_rows"] {
                try await db.raw("DELETE FROM \(ident: table) WHERE rowid = \(bind: rowid)").perform()
            }
        }
        try await db.raw("DELETE FROM search_documents WHERE id = \(bind: id)").perform()
    }

    /// The SQLite rowid of the document `id`, when it is indexed.
    private static func rowid(of id: String, in db: any SQLDatabase) async throws -> Int? {
        let rows: [any SQLRow] = try await db.raw("SELECT rowid FROM search_documents WHERE id = \(bind: id)").all()
        return try rows.first?.decode(column: "rowid", as: Int.self)
    }

    /// Records each term under its deletion keys, many rows per statement; terms already
    /// known are skipped by the primary key. Terms are never removed: one no document
    /// uses any more only offers a candidate that then matches nothing.
    private static func addToVocabulary(_ terms: Set<String>, in db: any SQLDatabase) async throws {
        let rows = terms.sorted().flatMap { term in TypoTolerance.keys(of: term).map { ($0, term) } }
        for start in stride(from: 0, to: rows.count, by: 400) {
            let batch = rows[start..<min(start + 400, rows.count)]
            let values = batch.map { row -> SQLQueryString in "(\(bind: row.0), \(bind: row.1))" }.joined(separator: ", ")
            try await db.raw(
                """
                INSERT INTO search_vocabulary (lookup_key, term) VALUES \(values) ON CONFLICT (lookup_key, term) DO NOTHING
                """
            ).perform()
        }
    }
}
