import SQLKit

/// The library of reusable exercise material: injects and question sets kept from
/// scenarios, each stored whole as JSON, with its texts in every language folded into
/// one column for search.
struct CreateExerciseLibrary: Migration {
    let number = 10
    let name = "CreateExerciseLibrary"

    func apply(on database: any SQLDatabase) async throws {
        let statements: [SQLQueryString] = [
            """
            CREATE TABLE exercise_library (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('inject', 'question-set')),
                source_language TEXT NOT NULL,
                sort_title TEXT NOT NULL,
                search_text TEXT NOT NULL,
                record TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL
            )
            """,
            "CREATE INDEX exercise_library_by_title ON exercise_library (sort_title, id)",
        ]
        for statement in statements { try await database.raw(statement).perform() }
    }
}
