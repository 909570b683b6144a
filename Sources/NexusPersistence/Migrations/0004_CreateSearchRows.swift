import SQLKit

/// On SQLite, a narrow table beside the full-text index with what a search filters and
/// counts by (document id, language, kind), under the documents' rowids. Looking these up
/// in `search_documents`, whose rows carry whole texts, cost a page read per match, and a
/// one-word query can match tens of thousands of documents. PostgreSQL reads the same
/// columns from the rows its GIN index already leads it to, so it needs nothing here.
struct CreateSearchRows: Migration {
    let number = 4
    let name = "CreateSearchRows"

    func apply(on database: any SQLDatabase) async throws {
        guard database.dialect.name == "sqlite" else { return }
        try await database.raw(
            """
            CREATE TABLE search_rows (
                rowid INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL,
                language TEXT NOT NULL,
                kind TEXT NOT NULL
            )
            """
        ).perform()
        try await database.raw(
            """
            INSERT INTO search_rows (rowid, document_id, language, kind) SELECT rowid, id, language, kind FROM search_documents
            """
        ).perform()
    }
}
