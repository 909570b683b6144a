import Logging
import NexusApplication
import NexusPersistence
import NexusWeb

/// Opens the configured database, brings its schema up to date, runs `body` with the
/// application's services and the numbers of the migrations just applied, and closes it
/// whatever happens. Failures become one readable line and a non-zero exit; `describe`
/// words the errors of `body`.
func withServices<Result>(
    _ config: AppConfig, logger: Logger, describe: (any Error) -> String = { "\($0)" },
    run body: (NexusServices, [Int]) async throws -> Result
) async throws -> Result {
    let database: NexusDatabase
    do { database = try await NexusDatabase.open(config.database, logger: logger) } catch {
        throw fail("cannot open the database \(config.database): \(error)")
    }
    let applied: [Int]
    do { applied = try await Migrator(database: database, logger: logger).migrate() } catch {
        try? await database.close()
        throw fail("migration failed: \(error)")
    }
    do {
        let result = try await body(NexusServices(database: database, settings: config.applicationSettings, logger: logger), applied)
        try await database.close()
        return result
    } catch {
        try? await database.close()
        throw fail(describe(error))
    }
}
