// AsyncKit's pools lock their own state but predate Sendable annotations;
// PostgresKit imports it the same way.
@preconcurrency import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteKit
import SQLiteNIO

/// Opens SQLite connections with the settings every connection needs: foreign keys
/// enforced, write-ahead logging so readers never block the writer, and a busy
/// timeout so that writers from other processes wait their turn instead of failing.
struct SQLiteSettingsSource: ConnectionPoolSource {
    let path: String
    let threadPool: NIOThreadPool
    let busyTimeout: Duration

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool, logger: logger, on: eventLoop)
            .flatMap { connection in
                // The timeout first, so that the pragmas after it wait too.
                let (seconds, attoseconds) = busyTimeout.components
                let pragmas = [
                    "PRAGMA busy_timeout = \(seconds * 1000 + attoseconds / 1_000_000_000_000_000)",
                    "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = NORMAL",
                    "PRAGMA foreign_keys = ON",
                ]
                return pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { previous, pragma in
                    previous.flatMap { connection.query(pragma).map { _ in } }
                }
                .flatMapError { error in connection.close().flatMapThrowing { throw error } }
                .map { connection }
            }
    }
}

/// Presents a pool of SQLite connections as one `SQLiteDatabase`.
struct SQLitePoolDatabase: SQLiteDatabase {
    let pool: EventLoopGroupConnectionPool<SQLiteSettingsSource>
    let logger: Logger

    var eventLoop: any EventLoop { pool.eventLoopGroup.any() }

    func query(
        _ query: String, _ binds: [SQLiteData], logger: Logger,
        _ onRow: @escaping @Sendable (SQLiteRow) -> Void
    ) -> EventLoopFuture<Void> {
        pool.withConnection(logger: logger) { $0.query(query, binds, logger: logger, onRow) }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (SQLiteConnection) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        pool.withConnection(logger: logger) { closure($0) }
    }
}
