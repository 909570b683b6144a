import SQLKit

/// On SQLite, a full-text index of titles alone. A broad query ranks the documents with
/// its words in their title first; asked of the main index with a column filter, that
/// walks every position of a common word in every text, while this index holds only the
/// titles' words. PostgreSQL finds title terms by their weight in the one `tsvector`.
struct CreateSearchTitleIndex: Migration {
    let number = 5
    let name = "CreateSearchTitleIndex"

    func apply(on database: any SQLDatabase) async throws {
        guard database.dialect.name == "sqlite" else { return }
        try await database.raw(
            """
            CREATE VIRTUAL TABLE search_title_fts USING fts5(title_terms, tokenize = 'unicode61 remove_diacritics 0')
            """
        ).perform()
        try await database.raw(
            """
            INSERT INTO search_title_fts (rowid, title_terms) SELECT rowid, title_terms FROM search_documents
            """
        ).perform()
    }
}
