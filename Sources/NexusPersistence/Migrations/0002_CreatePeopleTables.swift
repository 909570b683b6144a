import SQLKit

/// Accounts, browser sessions, API tokens, the audit log and login throttling;
/// and who wrote each content revision.
struct CreatePeopleTables: Migration {
    let number = 2
    let name = "CreatePeopleTables"

    func apply(on database: any SQLDatabase) async throws {
        let statements: [SQLQueryString] = [
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                preferred_language TEXT NOT NULL,
                roles TEXT NOT NULL,
                languages TEXT NOT NULL,
                countries TEXT NOT NULL,
                active INTEGER NOT NULL CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE sessions (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (id),
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sessions_by_user ON sessions (user_id)",
            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (id),
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_at TEXT
            )
            """,
            """
            CREATE TABLE audit_log (
                id TEXT PRIMARY KEY,
                at TEXT NOT NULL,
                actor_id TEXT REFERENCES users (id),
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity_kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                before_value TEXT,
                after_value TEXT,
                client TEXT
            )
            """,
            "CREATE INDEX audit_log_by_time ON audit_log (at)",
            """
            CREATE TABLE login_failures (
                throttle_key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL CHECK (failures > 0),
                last_failure_at TEXT NOT NULL
            )
            """,
            "ALTER TABLE content_revisions ADD COLUMN author_id TEXT REFERENCES users (id)",
        ]
        for statement in statements { try await database.raw(statement).perform() }
    }
}
