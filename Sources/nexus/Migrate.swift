import ArgumentParser
import NexusPersistence
import NexusApplication
import NexusWeb

/// `nexus migrate`: brings the database schema up to date.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or update the database schema.")

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let config = try storage.config()
        let logger = Logs.bootstrap(level: config.logLevel)
        let applied = try await withServices(config, logger: logger) { _, applied in applied }
        print(applied.isEmpty ? "The database is up to date." : "Applied migrations: \(applied.map(String.init).joined(separator: ", ")).")
    }
}
