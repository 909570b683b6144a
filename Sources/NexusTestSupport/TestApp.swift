import Logging
public import Hummingbird
public import HummingbirdTesting
public import NexusWeb

/// Builds the real application on a throwaway database for a test.
public enum TestApp {
    /// Runs `body` against an application on `engine` loaded with `contentDirectory`,
    /// sending requests straight to its responder.
    public static func run<T: Sendable>(
        engine: TestEngine = .sqlite, content contentDirectory: String = Fixtures.bundledContent,
        _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let database = try await TestDatabase.make(engine)
        do {
            let config = AppConfig(database: database.location, contentDirectory: contentDirectory, logLevel: .warning)
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
