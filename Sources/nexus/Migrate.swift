import ArgumentParser
import NexusPersistence
import NexusWeb

/// `nexus migrate`: brings the database schema up to date.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or update the database schema.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let config = try storage.config()
        let logger = Logs.bootstrap(level: config.logLevel)
        let database: NexusDatabase
        do { database = try await NexusDatabase.open(config.database, logger: logger) } catch {
            throw fail("cannot open the database \(config.database): \(error)")
        }
        do {
            let applied = try await Migrator(database: database, logger: logger).migrate()
            try await database.close()
            print(applied.isEmpty ? "The database is up to date." : "Applied migrations: \(applied.map(String.init).joined(separator: ", ")).")
        } catch {
            try? await database.close()
            throw fail("migration failed: \(error)")
        }
    }
}
