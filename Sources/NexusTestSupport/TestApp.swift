import Logging
import Hummingbird
public import HummingbirdTesting
import NexusPersistence
import NexusApplication
public import NexusWeb

/// Builds the real application on a throwaway database for a test.
public enum TestApp {
    /// Runs `body` against an application on `engine` loaded with `contentDirectory`,
    /// sending requests straight to its responder. `seed` runs first, with the account
    /// service of the same database (bcrypt at its cheapest, to keep tests quick).
    public static func run<T: Sendable>(
        engine: TestEngine = .sqlite, content contentDirectory: String = Fixtures.bundledContent,
        secureCookies: Bool = false, initialAdmin: (email: String, password: String)? = nil,
        configure: @Sendable (inout AppConfig) -> Void = { _ in },
        seed: @Sendable (Accounts) async throws -> Void = { _ in },
        _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let database = try await TestDatabase.make(engine)
        do {
            let seeding = try await NexusDatabase.open(database.location, logger: TestDatabase.logger)
            do {
                try await Migrator(database: seeding, logger: TestDatabase.logger).migrate()
                try await seed(Accounts(database: seeding, hasher: PasswordHasher(cost: 4)))
                try await seeding.close()
            } catch {
                try? await seeding.close()
                throw error
            }
            var config = AppConfig(
                database: database.location, contentDirectory: contentDirectory, logLevel: .warning,
                bcryptCost: 4, secureCookies: secureCookies, initialAdmin: initialAdmin)
            configure(&config)
            let app = try await buildApplication(config: config, logger: TestDatabase.logger)
            let result = try await app.test(.router, body)
            try await database.remove()
            return result
        } catch {
            try? await database.remove()
            throw error
        }
    }
}
