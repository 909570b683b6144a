import SQLKit

/// The case library. A case is one aggregate — its texts in four languages, its actors,
/// relationships, sources and events — stored as JSON with its revision, beside one row per
/// facet value (region, country, market, practice, year, the audience that may read it…)
/// so that the library filters, counts and pages in SQL without reading the records.
/// Every saved revision is kept, so that a stale save can show what changed since.
struct CreateCaseTables: Migration {
    let number = 8
    let name = "CreateCaseTables"

    func apply(on database: any SQLDatabase) async throws {
        let statements: [SQLQueryString] = [
            """
            CREATE TABLE cases (
                id TEXT PRIMARY KEY,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                status TEXT NOT NULL,
                origin TEXT NOT NULL,
                sort_title TEXT NOT NULL,
                start_year INTEGER,
                record TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE case_facets (
                case_id TEXT NOT NULL REFERENCES cases (id),
                facet TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (case_id, facet, value)
            )
            """,
            "CREATE INDEX case_facets_by_value ON case_facets (facet, value, case_id)",
            // Instances keep the public cases' index in memory (for the practice pages).
            "INSERT INTO data_versions (name, version) VALUES ('cases', 0)",
            """
            CREATE TABLE case_revisions (
                case_id TEXT NOT NULL REFERENCES cases (id),
                revision INTEGER NOT NULL,
                record TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                saved_by TEXT NOT NULL,
                PRIMARY KEY (case_id, revision)
            )
            """,
        ]
        for statement in statements { try await database.raw(statement).perform() }
    }
}
