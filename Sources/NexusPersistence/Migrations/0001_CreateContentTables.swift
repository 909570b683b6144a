import SQLKit

/// The toolkit content store: items, every revision of every language version,
/// and which revision is published.
///
/// Revisions are append-only so that history and "translated from which source"
/// questions can always be answered.
struct CreateContentTables: Migration {
    let number = 1
    let name = "CreateContentTables"

    func apply(on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            CREATE TABLE content_items (
                kind TEXT NOT NULL,
                slug TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (kind, slug)
            )
            """
        ).perform()
        try await database.raw(
            """
            CREATE TABLE content_revisions (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                slug TEXT NOT NULL,
                language TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision > 0),
                state TEXT NOT NULL CHECK (state IN ('draft', 'published')),
                fields TEXT NOT NULL,
                body TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                origin TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (kind, slug, language, revision),
                FOREIGN KEY (kind, slug) REFERENCES content_items (kind, slug)
            )
            """
        ).perform()
        try await database.raw(
            """
            CREATE TABLE content_published (
                kind TEXT NOT NULL,
                slug TEXT NOT NULL,
                language TEXT NOT NULL,
                revision_id TEXT NOT NULL REFERENCES content_revisions (id),
                published_at TEXT NOT NULL,
                PRIMARY KEY (kind, slug, language),
                FOREIGN KEY (kind, slug) REFERENCES content_items (kind, slug)
            )
            """
        ).perform()
    }
}
