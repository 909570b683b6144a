import SQLKit

/// What the application layer keeps beside the features' own tables: the data version of
/// each family that instances cache (so a follower can catch up on what it missed), the
/// idempotency keys of API creates (so a retried request does not create twice), and a
/// fingerprint per search document (so a start rewrites only the documents that changed).
struct CreateApplicationTables: Migration {
    let number = 7
    let name = "CreateApplicationTables"

    func apply(on database: any SQLDatabase) async throws {
        let statements: [SQLQueryString] = [
            """
            CREATE TABLE data_versions (
                name TEXT PRIMARY KEY,
                version INTEGER NOT NULL CHECK (version >= 0)
            )
            """,
            "INSERT INTO data_versions (name, version) VALUES ('content', 0), ('evidence', 0)",
            """
            CREATE TABLE idempotency_keys (
                principal TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                operation TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                resource TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (principal, idempotency_key)
            )
            """,
            // Empty for documents written before: a start rewrites those once.
            "ALTER TABLE search_documents ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''",
        ]
        for statement in statements { try await database.raw(statement).perform() }
    }
}
