import SQLKit

/// Scenario exercises. A scenario is one aggregate — objectives, variables, tailorings,
/// phases with their injects, questions, polls and expected actions, every text in four
/// languages — stored as the JSON of the exercise file's `scenario`, with its revision and
/// every saved revision kept.
struct CreateExerciseTables: Migration {
    let number = 9
    let name = "CreateExerciseTables"

    func apply(on database: any SQLDatabase) async throws {
        let statements: [SQLQueryString] = [
            """
            CREATE TABLE scenarios (
                id TEXT PRIMARY KEY,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                sort_title TEXT NOT NULL,
                case_id TEXT,
                record TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL
            )
            """,
            "CREATE INDEX scenarios_by_title ON scenarios (sort_title, id)",
            """
            CREATE TABLE scenario_revisions (
                scenario_id TEXT NOT NULL REFERENCES scenarios (id),
                revision INTEGER NOT NULL,
                record TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                saved_by TEXT NOT NULL,
                PRIMARY KEY (scenario_id, revision)
            )
            """,
        ]
        for statement in statements { try await database.raw(statement).perform() }
    }
}
