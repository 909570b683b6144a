import SQLKit

/// Regional evidence: findings with their texts and tags, participation counts per
/// meeting, participants recorded by name with their consent, and which seed files have
/// been loaded. Meetings and regions themselves are toolkit content items.
struct CreateEvidenceTables: Migration {
    let number = 6
    let name = "CreateEvidenceTables"

    func apply(on database: any SQLDatabase) async throws {
        let statements: [SQLQueryString] = [
            """
            CREATE TABLE findings (
                id TEXT PRIMARY KEY,
                meeting TEXT,
                region TEXT NOT NULL,
                kind TEXT NOT NULL,
                nexus_form TEXT,
                source TEXT NOT NULL,
                confidence TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT REFERENCES users (id)
            )
            """,
            "CREATE INDEX findings_by_region ON findings (region, kind)",
            """
            CREATE TABLE finding_texts (
                finding_id TEXT NOT NULL REFERENCES findings (id),
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (finding_id, language)
            )
            """,
            // Countries, crime markets, enabling factors and practices: one row per value.
            """
            CREATE TABLE finding_tags (
                finding_id TEXT NOT NULL REFERENCES findings (id),
                tag TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (finding_id, tag, value)
            )
            """,
            "CREATE INDEX finding_tags_by_value ON finding_tags (tag, value)",
            // A count not broken down by country has the country ''.
            """
            CREATE TABLE participation_counts (
                meeting TEXT NOT NULL,
                category TEXT NOT NULL,
                country TEXT NOT NULL,
                participants INTEGER NOT NULL CHECK (participants >= 0),
                PRIMARY KEY (meeting, category, country)
            )
            """,
            """
            CREATE TABLE meeting_participants (
                id TEXT PRIMARY KEY,
                meeting TEXT NOT NULL,
                name TEXT NOT NULL,
                organisation TEXT NOT NULL,
                category TEXT,
                country TEXT,
                consent_given INTEGER NOT NULL CHECK (consent_given = 1),
                consent_date TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT REFERENCES users (id)
            )
            """,
            "CREATE INDEX meeting_participants_by_meeting ON meeting_participants (meeting)",
            """
            CREATE TABLE evidence_seeds (
                name TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            )
            """,
        ]
        for statement in statements { try await database.raw(statement).perform() }
    }
}
