import Foundation
import NexusDomain
import SQLKit

/// The search index in the product's database: SQLite FTS5 or PostgreSQL full-text,
/// fed and queried through the one ``SearchAnalyzer`` so that both engines find the same
/// documents. Features register their texts under a source name and rebuild it whole
/// (``replace(source:with:)``) or a few documents at a time (``upsert(_:)``).
public struct SearchIndex: Sendable {
    let database: NexusDatabase
    /// Past this many matches a query counts as broad (see ``search(_:)``).
    public let broadLimit: Int

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
        let engine = database.engine
        try await database.transaction { db in
            let keep = Set(documents.map(\.id))
            let queries: [SQLQueryString] = items.map { items in
                items.sorted().map { "SELECT id FROM search_documents WHERE source = \(bind: source) AND item = \(bind: $0)" }
            } ?? ["SELECT id FROM search_documents WHERE source = \(bind: source)"]
            for query in queries {
                for row in try await db.raw(query).all() {
                    let id = try row.decode(column: "id", as: String.self)
                    if !keep.contains(id) { try await Self.delete(id, engine: engine, in: db) }
                }
            }
            try await Self.write(documents, engine: engine, in: db)
        }
    }

    /// Writes `documents`, replacing earlier versions with the same ids. One transaction.
    public func upsert(_ documents: [SearchDocument]) async throws {
        let engine = database.engine
        try await database.transaction { db in try await Self.write(documents, engine: engine, in: db) }
    }

    /// How many documents `source` has in the index.
    public func count(source: String) async throws -> Int {
        let rows: [any SQLRow] = try await database.sql.raw(
            "SELECT COUNT(*) AS n FROM search_documents WHERE source = \(bind: source)").all()
        return try rows.first?.decode(column: "n", as: Int.self) ?? 0
    }

    private static func write(_ documents: [SearchDocument], engine: NexusDatabase.Engine, in db: any SQLDatabase) async throws {
        var vocabulary = Set<String>()
        for document in documents {
            try await delete(document.id, engine: engine, in: db)
            let titleTerms = document.titleTerms, bodyTerms = document.textTerms
            try await db.raw("""
                INSERT INTO search_documents (id, source, kind, item, language, title, body, url, title_terms, body_terms)
                VALUES (\(bind: document.id), \(bind: document.source), \(bind: document.kind), \(bind: document.item),
                        \(bind: document.language.code), \(bind: document.title), \(bind: document.text), \(bind: document.url),
                        \(bind: titleTerms), \(bind: bodyTerms))
                """).perform()
            if engine == .sqlite, let rowid = try await rowid(of: document.id, in: db) {
                // The SQLite side tables share the document's rowid.
                try await db.raw("""
                    INSERT INTO search_fts (rowid, title_terms, body_terms) VALUES (\(bind: rowid), \(bind: titleTerms), \(bind: bodyTerms))
                    """).perform()
                try await db.raw("INSERT INTO search_title_fts (rowid, title_terms) VALUES (\(bind: rowid), \(bind: titleTerms))").perform()
                try await db.raw("""
                    INSERT INTO search_rows (rowid, document_id, language, kind)
                    VALUES (\(bind: rowid), \(bind: document.id), \(bind: document.language.code), \(bind: document.kind))
                    """).perform()
            }
            for (facet, values) in document.facets {
                for value in Set(values) {
                    try await db.raw("""
                        INSERT INTO search_facets (document_id, facet, value) VALUES (\(bind: document.id), \(bind: facet), \(bind: value))
                        """).perform()
                }
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
            try await db.raw("""
                INSERT INTO search_vocabulary (lookup_key, term) VALUES \(values) ON CONFLICT (lookup_key, term) DO NOTHING
                """).perform()
        }
    }
}
