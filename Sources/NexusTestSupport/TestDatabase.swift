import Foundation
public import Logging
public import NexusPersistence
import NexusApplication
import PostgresKit

/// A database engine the store tests run on.
public enum TestEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgresql

    /// The engines available here: SQLite always; PostgreSQL when `NEXUS_TEST_POSTGRES_URL`
    /// names a server. `scripts/test` always provides one and sets
    /// `NEXUS_TEST_REQUIRE_POSTGRES=1`, so that a missing server fails the run instead
    /// of silently testing one engine.
    public static var available: [TestEngine] {
        TestEnvironment.postgresURL == nil && !TestEnvironment.requiresPostgres ? [.sqlite] : allCases
    }

    public var description: String { rawValue }
}

/// Settings the test run reads from the environment.
public enum TestEnvironment {
    /// A PostgreSQL server for the store tests, e.g. `postgres://postgres@127.0.0.1:54329/postgres`.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["NEXUS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether PostgreSQL is required (set by `scripts/test`).
    public static var requiresPostgres: Bool { ProcessInfo.processInfo.environment["NEXUS_TEST_REQUIRE_POSTGRES"] == "1" }
}

/// A throwaway database: a new SQLite file, or a new schema on the test PostgreSQL
/// server, removed when the test ends.
public struct TestDatabase: Sendable {
    /// Where the throwaway database is.
    public let location: DatabaseLocation
    private let cleanup: @Sendable () async throws -> Void

    /// A quiet logger for tests.
    public static var logger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }

    /// Creates a throwaway database on `engine`.
    public static func make(_ engine: TestEngine) async throws -> TestDatabase {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-tests-\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return TestDatabase(location: .sqlite(path: folder.appendingPathComponent("nexus.sqlite").path)) {
                try? FileManager.default.removeItem(at: folder)
            }
        case .postgresql:
            guard let serverURL = TestEnvironment.postgresURL else {
                throw TestSetupError("PostgreSQL tests need NEXUS_TEST_POSTGRES_URL; run scripts/test")
            }
            try await PostgresAdmin.run("CREATE SCHEMA \(name)", on: serverURL)
            let separator = serverURL.contains("?") ? "&" : "?"
            return TestDatabase(location: .postgres(url: "\(serverURL)\(separator)search_path=\(name)")) {
                try await PostgresAdmin.run("DROP SCHEMA \(name) CASCADE", on: serverURL)
            }
        }
    }

    /// Runs `body` with an open, migrated database, then throws the database away.
    public static func withDatabase<T: Sendable>(
        _ engine: TestEngine, migrated: Bool = true, _ body: (NexusDatabase) async throws -> T
    ) async throws -> T {
        let test = try await make(engine)
        let database = try await NexusDatabase.open(test.location, logger: logger)
        do {
            if migrated { try await Migrator(database: database, logger: logger).migrate() }
            let result = try await body(database)
            try await database.close()
            try await test.remove()
            return result
        } catch {
            try? await database.close()
            try? await test.remove()
            throw error
        }
    }

    /// Removes the database.
    public func remove() async throws { try await cleanup() }
}

/// The test environment is not set up as the test needs.
public struct TestSetupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
