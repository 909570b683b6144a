// AsyncKit's pools lock their own state but predate Sendable annotations;
// PostgresKit imports it the same way.
@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The product's database: one SQLKit handle over either engine, with transactions,
/// a health check and an orderly shutdown.
///
/// Everything above this type speaks SQLKit's dialect-neutral API, so one
/// repository implementation serves SQLite and PostgreSQL alike.
public final class NexusDatabase: Sendable {
    /// The database engine behind the handle.
    public enum Engine: String, Sendable {
        case sqlite, postgresql
    }

    /// Which engine this is.
    public let engine: Engine
    /// Where the database is.
    public let location: DatabaseLocation
    /// The SQLKit handle; each statement borrows a pooled connection.
    public let sql: any SQLDatabase
    private let closePool: @Sendable () async throws -> Void
    /// SQLite's writers from this process, one at a time; nil on PostgreSQL.
    private let writers: WriterQueue?
    /// For connections outside the pool (the event bus's listener); nil on SQLite.
    let postgresConfiguration: SQLPostgresConfiguration?
    let eventLoopGroup: any EventLoopGroup

    private init(
        engine: Engine, location: DatabaseLocation, sql: any SQLDatabase, postgresConfiguration: SQLPostgresConfiguration? = nil,
        eventLoopGroup: any EventLoopGroup, close: @escaping @Sendable () async throws -> Void
    ) {
        self.engine = engine
        self.location = location
        self.sql = sql
        self.postgresConfiguration = postgresConfiguration
        self.eventLoopGroup = eventLoopGroup
        self.closePool = close
        writers = engine == .sqlite ? WriterQueue() : nil
    }

    /// How long a request waits for a free connection before it fails. A burst of writes
    /// on a busy two-core host queues for longer than the pool's default ten seconds, and
    /// a request that waits is better than a write refused with a server error.
    static let connectionWait = TimeAmount.seconds(30)

    /// Opens a connection pool to `location`, creating the SQLite file's folder if needed.
    /// `busyTimeout` is how long an SQLite writer from another process waits for the lock
    /// before it fails; tests shorten it.
    public static func open(
        _ location: DatabaseLocation,
        logger: Logger,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        busyTimeout: Duration = .seconds(30)
    ) async throws -> NexusDatabase {
        switch location {
        case .sqlite(let path):
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            // SQLite blocks a thread while a connection waits on busy_timeout. With fewer
            // threads than connections, waiting writers can occupy every thread while the
            // one holding the lock needs a thread for its next statement: all stall until
            // the timeout. One thread per connection rules that out (and keeps bcrypt,
            // which uses the shared pool, from competing with the database).
            let perLoop = 4
            let threads = NIOThreadPool(numberOfThreads: perLoop * Array(eventLoopGroup.makeIterator()).count)
            threads.start()
            let source = SQLiteSettingsSource(path: path, threadPool: threads, busyTimeout: busyTimeout)
            let pool = EventLoopGroupConnectionPool(
                source: source, maxConnectionsPerEventLoop: perLoop, requestTimeout: Self.connectionWait, logger: logger,
                on: eventLoopGroup)
            let database = SQLitePoolDatabase(pool: pool, logger: logger).sql(queryLogLevel: .trace)
            return NexusDatabase(
                engine: .sqlite, location: location, sql: database, eventLoopGroup: eventLoopGroup,
                close: {
                    try await pool.shutdownAsync()
                    try await threads.shutdownGracefully()
                })
        case .postgres(let url):
            var configuration = try SQLPostgresConfiguration(url: url)
            // `?search_path=a,b` puts the product's tables in a schema of their own.
            if let searchPath = URLComponents(string: url)?.queryItems?.first(where: { $0.name == "search_path" })?.value {
                configuration.searchPath = searchPath.split(separator: ",").map(String.init)
            }
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration),
                maxConnectionsPerEventLoop: 4, requestTimeout: Self.connectionWait, logger: logger, on: eventLoopGroup)
            let database = pool.database(logger: logger).sql(queryLogLevel: .trace)
            return NexusDatabase(
                engine: .postgresql, location: location, sql: database, postgresConfiguration: configuration,
                eventLoopGroup: eventLoopGroup, close: { try await pool.shutdownAsync() })
        }
    }

    /// Runs `body` in one transaction on one connection: committed when it returns,
    /// rolled back when it throws.
    public func transaction<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        guard let writers else { return try await inTransaction(body) }
        return try await writers.run { try await self.inTransaction(body) }
    }

    /// Runs one statement that writes, outside any transaction (a session's last activity);
    /// on SQLite it waits its turn behind the process's other writers.
    public func perform(_ statement: SQLQueryString) async throws {
        guard let writers else { return try await sql.raw(statement).perform() }
        try await writers.run { try await self.sql.raw(statement).perform() }
    }

    private func inTransaction<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        // SQLite: take the write lock up front, so that a writer from another process
        // waits on busy_timeout instead of deadlocking when both try to upgrade a read lock.
        let begin: SQLQueryString = engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN"
        return try await sql.withSession { connection in
            try await connection.raw(begin).perform()
            do {
                let result = try await body(connection)
                try await connection.raw("COMMIT").perform()
                return result
            } catch {
                try? await connection.raw("ROLLBACK").perform()
                throw error
            }
        }
    }

    /// Succeeds when the database answers a trivial query.
    public func ping() async throws {
        let rows: [any SQLRow] = try await sql.raw("SELECT 1 AS ok").all()
        guard rows.count == 1 else { throw DatabaseUnavailable() }
    }

    /// Closes every pooled connection.
    public func close() async throws {
        try await closePool()
    }
}

/// The database did not answer as expected.
public struct DatabaseUnavailable: Error {}
