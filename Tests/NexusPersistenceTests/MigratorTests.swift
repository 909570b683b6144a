import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("Migrations on both engines")
struct MigratorTests {
    @Test("a new database is migrated, and migrating again does nothing", arguments: TestEngine.available)
    func migrateTwice(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine, migrated: false) { database throws in
            let migrator = Migrator(database: database, logger: TestDatabase.logger)
            #expect(try await migrator.migrate() == Migrations.all.map(\.number))
            #expect(try await migrator.migrate() == [])
            #expect(try await migrator.appliedNumbers() == Set(Migrations.all.map(\.number)))
        }
    }

    @Test("several instances starting at once on one database apply each migration once", arguments: TestEngine.available)
    func concurrentStarts(engine: TestEngine) async throws {
        let shared = try await TestDatabase.make(engine)
        var instances: [NexusDatabase] = []
        for _ in 0..<4 { instances.append(try await NexusDatabase.open(shared.location, logger: TestDatabase.logger)) }
        let applied = await withTaskGroup(of: Result<[Int], any Error>.self) { group in
            for database in instances {
                group.addTask {
                    do { return .success(try await Migrator(database: database, logger: TestDatabase.logger).migrate()) } catch {
                        return .failure(error)
                    }
                }
            }
            return await group.reduce(into: [Result<[Int], any Error>]()) { $0.append($1) }
        }
        for result in applied { if case .failure(let error) = result { Issue.record("an instance failed to migrate: \(error)") } }
        let numbers = applied.compactMap { try? $0.get() }.flatMap { $0 }
        #expect(numbers.sorted() == Migrations.all.map(\.number), "every migration applied by exactly one instance")
        let rows: [any SQLRow]? = try? await instances[0].sql.raw("SELECT number FROM schema_migrations ORDER BY number").all()
        #expect(try rows?.map { try $0.decode(column: "number", as: Int.self) } == Migrations.all.map(\.number))
        for database in instances { try await database.close() }
        try await shared.remove()
    }

    @Test("a database migrated by a newer version is refused", arguments: TestEngine.available)
    func newerDatabase(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            try await database.sql.raw("INSERT INTO schema_migrations (number, name, applied_at) VALUES (9999, 'Future', 'now')").perform()
            await #expect(throws: Migrator.UnknownMigrations.self) {
                try await Migrator(database: database, logger: TestDatabase.logger).migrate()
            }
        }
    }

    @Test("migrations are numbered from 1 without gaps or repeats")
    func numbering() {
        #expect(Migrations.all.map(\.number) == Array(1...Migrations.all.count))
    }

    @Test("a failed migration leaves no trace", arguments: TestEngine.available)
    func failedMigrationRollsBack(engine: TestEngine) async throws {
        struct Broken: Migration {
            let number = 999
            let name = "Broken"
            func apply(on database: any SQLDatabase) async throws {
                try await database.raw("CREATE TABLE half_done (id INTEGER PRIMARY KEY)").perform()
                try await database.raw("THIS IS NOT SQL").perform()
            }
        }
        try await TestDatabase.withDatabase(engine, migrated: false) { database throws in
            let migrator = Migrator(database: database, migrations: Migrations.all + [Broken()], logger: TestDatabase.logger)
            await #expect(throws: (any Error).self) { try await migrator.migrate() }
            #expect(try await migrator.appliedNumbers() == Set(Migrations.all.map(\.number)))
            // The table the broken migration created was rolled back with it.
            await #expect(throws: (any Error).self) { try await database.sql.raw("SELECT * FROM half_done").perform() }
        }
    }

    @Test("the health check answers", arguments: TestEngine.available)
    func ping(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in try await database.ping() }
    }
}
