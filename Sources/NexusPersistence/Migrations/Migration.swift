import SQLKit

/// One numbered, append-only change to the schema.
///
/// Migrations are never edited once shipped; a change is a new migration. Each
/// runs in its own transaction and must run identically on SQLite and PostgreSQL,
/// so they use only SQL both engines share — except the full-text index of search,
/// which exists only in each engine's own form.
public protocol Migration: Sendable {
    /// The migration's number; they run in ascending order.
    var number: Int { get }
    /// A short name, recorded with the number.
    var name: String { get }
    /// Applies the change.
    func apply(on database: any SQLDatabase) async throws
}

/// Every migration of the product, in order.
public enum Migrations {
    /// The full list; append new migrations at the end.
    public static let all: [any Migration] = [
        CreateContentTables(),
        CreatePeopleTables(),
        CreateSearchTables(),
        CreateSearchRows(),
        CreateSearchTitleIndex(),
        CreateEvidenceTables(),
        CreateApplicationTables(),
        CreateCaseTables(),
        CreateExerciseTables(),
        CreateExerciseLibrary(),
    ]
}
