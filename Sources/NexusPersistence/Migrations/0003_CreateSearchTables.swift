import SQLKit

/// The search index: documents with their analysed terms, their facet values, and the
/// vocabulary's deletion keys for typo tolerance. The full-text part is the one place
/// where the engines differ (an FTS5 table on SQLite, a weighted tsvector with a GIN
/// index on PostgreSQL); everything else is shared SQL.
struct CreateSearchTables: Migration {
    let number = 3
    let name = "CreateSearchTables"

    func apply(on database: any SQLDatabase) async throws {
        var statements: [SQLQueryString] = [
            """
            CREATE TABLE search_documents (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                kind TEXT NOT NULL,
                item TEXT NOT NULL,
                language TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                url TEXT NOT NULL,
                title_terms TEXT NOT NULL,
                body_terms TEXT NOT NULL
            )
            """,
            "CREATE INDEX search_documents_by_source ON search_documents (source)",
            """
            CREATE TABLE search_facets (
                document_id TEXT NOT NULL REFERENCES search_documents (id) ON DELETE CASCADE,
                facet TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (document_id, facet, value)
            )
            """,
            "CREATE INDEX search_facets_by_value ON search_facets (facet, value)",
            """
            CREATE TABLE search_vocabulary (
                lookup_key TEXT NOT NULL,
                term TEXT NOT NULL,
                PRIMARY KEY (lookup_key, term)
            )
            """,
        ]
        if database.dialect.name == "sqlite" {
            // The FTS rows share the documents' rowids, so a document's entry is found
            // and replaced by rowid. Terms arrive analysed: the tokenizer only splits.
            statements.append(
                """
                CREATE VIRTUAL TABLE search_fts USING fts5(
                    title_terms, body_terms, tokenize = 'unicode61 remove_diacritics 0'
                )
                """)
        } else {
            statements += [
                """
                ALTER TABLE search_documents ADD COLUMN terms tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')
                ) STORED
                """,
                "CREATE INDEX search_documents_terms ON search_documents USING GIN (terms)",
            ]
        }
        for statement in statements { try await database.raw(statement).perform() }
    }
}
