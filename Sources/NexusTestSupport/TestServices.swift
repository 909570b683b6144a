import Logging
public import NexusApplication
import NexusPersistence

/// The application layer on a throwaway database, for the use-case tests.
public enum TestServices {
    /// Runs `body` with services over a new, migrated database on `engine`; nothing is
    /// loaded unless `start` is set (migrations, `content` on first start, snapshots, search).
    public static func run<T: Sendable>(
        _ engine: TestEngine, content: String = Fixtures.testContent, start: Bool = false,
        _ body: (NexusServices) async throws -> T
    ) async throws -> T {
        try await TestDatabase.withDatabase(engine) { database in
            let settings = ApplicationSettings(database: .sqlite(path: ":unused:"), contentDirectory: content, bcryptCost: 4)
            let services = NexusServices(
                database: database, settings: settings, logger: TestDatabase.logger,
                throttleFirstDelay: .seconds(60))
            if start { try await services.start() }
            return try await body(services)
        }
    }
}
