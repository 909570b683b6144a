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
    ///
    /// Several instances may start at once on one database. Each migration runs in a
    /// transaction that first takes the migration lock (an advisory lock on PostgreSQL;
    /// SQLite's `BEGIN IMMEDIATE` already excludes other writers) and then checks again
    /// whether another instance applied it meanwhile, so every migration is applied once.
    @discardableResult
    public func migrate() async throws -> [Int] {
        let engine = database.engine
        let applied = try await database.transaction { db in
            try await Self.lock(engine, db)
            try await db.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    number INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """
            ).perform()
            return try await Self.appliedNumbers(in: db)
        }
        let known = Set(migrations.map(\.number))
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else { throw UnknownMigrations(numbers: unknown) }

        var done: [Int] = []
        for migration in migrations where !applied.contains(migration.number) {
            let didApply = try await database.transaction { db in
                try await Self.lock(engine, db)
                guard try await !Self.appliedNumbers(in: db).contains(migration.number) else { return false }
                try await migration.apply(on: db)
                try await db.raw(
                    """
                    INSERT INTO schema_migrations (number, name, applied_at)
                    VALUES (\(bind: migration.number), \(bind: migration.name), \(bind: StoredTime.text(.now)))
                    """
                ).perform()
                return true
            }
            if didApply {
                logger.info("applied migration \(migration.number) \(migration.name)")
                done.append(migration.number)
            }
        }
        return done
    }

    /// Holds the migration lock until the transaction ends. The key is derived from the
    /// schema, so deployments in other schemas of the same server do not wait on each other.
    private static func lock(_ engine: NexusDatabase.Engine, _ db: any SQLDatabase) async throws {
        guard engine == .postgresql else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(hashtext('nexus.migrations.' || current_schema()))").perform()
    }

    private static func appliedNumbers(in db: any SQLDatabase) async throws -> Set<Int> {
        let rows: [any SQLRow] = try await db.raw("SELECT number FROM schema_migrations").all()
        return Set(try rows.map { try $0.decode(column: "number", as: Int.self) })
    }

    /// The numbers of the migrations already applied.
    public func appliedNumbers() async throws -> Set<Int> {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT number FROM schema_migrations").all()
        return Set(try rows.map { try $0.decode(column: "number", as: Int.self) })
    }
}
