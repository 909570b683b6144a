import Foundation
import Logging
import SQLKit

/// Brings a database's schema up to date, recording each migration applied.
public struct Migrator: Sendable {
    /// The database is newer than this program: it has migrations this build does not know.
    public struct UnknownMigrations: Error, CustomStringConvertible {
        /// The numbers this build does not know.
        public let numbers: [Int]
        public var description: String {
            "the database has migrations \(numbers.map(String.init).joined(separator: ", ")) that this version of nexus does not know; upgrade nexus"
        }
    }

    private let database: NexusDatabase
    private let migrations: [any Migration]
    private let logger: Logger

    /// Creates a migrator for `database`.
    public init(database: NexusDatabase, migrations: [any Migration] = Migrations.all, logger: Logger) {
        self.database = database
        self.migrations = migrations.sorted { $0.number < $1.number }
        self.logger = logger
    }

    /// Applies every pending migration; returns the numbers applied.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await database.sql.raw("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                number INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """).perform()
        let applied = try await appliedNumbers()
        let known = Set(migrations.map(\.number))
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else { throw UnknownMigrations(numbers: unknown) }

        var done: [Int] = []
        for migration in migrations where !applied.contains(migration.number) {
            logger.info("applying migration \(migration.number) \(migration.name)")
            try await database.transaction { db in
                try await migration.apply(on: db)
                try await db.raw("""
                    INSERT INTO schema_migrations (number, name, applied_at)
                    VALUES (\(bind: migration.number), \(bind: migration.name), \(bind: Date.now.ISO8601Format()))
                    """).perform()
            }
            done.append(migration.number)
        }
        return done
    }

    /// The numbers of the migrations already applied.
    public func appliedNumbers() async throws -> Set<Int> {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT number FROM schema_migrations").all()
        return Set(try rows.map { try $0.decode(column: "number", as: Int.self) })
    }
}
