public import Configuration
import Foundation
public import Logging
public import NexusPersistence

/// Everything the server needs to start, read and validated once.
///
/// Values come from a `ConfigReader`, so command-line flags, `NEXUS_*` environment
/// variables and defaults are layered in one place; an invalid value stops the
/// start-up with a message that names it.
public struct AppConfig: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The folder for the SQLite database and other local data.
    public var dataDirectory: String
    /// Where the database is.
    public var database: DatabaseLocation
    /// The folder of bundled content, loaded on first start.
    public var contentDirectory: String
    /// The minimum level of log messages.
    public var logLevel: Logger.Level
    /// Whether rendered toolkit pages are kept until the content changes (on unless
    /// `NEXUS_PAGE_CACHE=off`, which benchmarks use to measure rendering itself).
    public var cachesPages: Bool

    /// A configuration value is unusable.
    public struct Invalid: Error, CustomStringConvertible {
        /// Which value, and why.
        public let description: String
    }

    /// Creates a configuration from explicit values (tests use this).
    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "./data",
        database: DatabaseLocation? = nil, contentDirectory: String = "./Content", logLevel: Logger.Level = .info,
        cachesPages: Bool = true
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database = database ?? .defaultSQLite(dataDirectory: dataDirectory)
        self.contentDirectory = contentDirectory
        self.logLevel = logLevel
        self.cachesPages = cachesPages
    }

    /// Reads `nexus.host`, `nexus.port`, `nexus.data.dir`, `nexus.database.url`,
    /// `nexus.content.dir` and `nexus.log.level` (in the environment:
    /// `NEXUS_HOST`, `NEXUS_PORT`, …), validating each.
    public init(reader: ConfigReader) throws {
        let nexus = reader.scoped(to: "nexus")
        let host = nexus.string(forKey: "host") ?? "127.0.0.1"
        guard !host.isEmpty else { throw Invalid(description: "the host must not be empty") }
        let portText = nexus.string(forKey: "port") ?? "8080"
        guard let port = Int(portText), (0...65_535).contains(port) else {
            throw Invalid(description: "the port must be a number from 0 to 65535, not \"\(portText)\"")
        }
        let dataDirectory = nexus.string(forKey: ["data", "dir"]) ?? "./data"
        let database: DatabaseLocation
        if let url = nexus.string(forKey: ["database", "url"], isSecret: true), !url.isEmpty {
            do { database = try DatabaseLocation(url: url) } catch {
                throw Invalid(description: "NEXUS_DATABASE_URL: \(error)")
            }
        } else {
            database = .defaultSQLite(dataDirectory: dataDirectory)
        }
        let levelText = nexus.string(forKey: ["log", "level"]) ?? "info"
        guard let level = Logger.Level(rawValue: levelText.lowercased()) else {
            throw Invalid(description: "the log level must be one of trace, debug, info, notice, warning, error, critical")
        }
        let cache = nexus.string(forKey: ["page", "cache"]) ?? "on"
        guard ["on", "off"].contains(cache) else {
            throw Invalid(description: "NEXUS_PAGE_CACHE must be on or off, not \"\(cache)\"")
        }
        self.init(
            host: host, port: port, dataDirectory: dataDirectory, database: database,
            contentDirectory: nexus.string(forKey: ["content", "dir"]) ?? "./Content", logLevel: level,
            cachesPages: cache == "on")
    }
}
