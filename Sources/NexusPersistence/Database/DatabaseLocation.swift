import Foundation

/// Where the data lives: an SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite database file, created on first use.
    case sqlite(path: String)
    /// A PostgreSQL server, given as a `postgres://` URL.
    case postgres(url: String)

    /// Why a database URL could not be used.
    public struct InvalidURL: Error, CustomStringConvertible {
        /// What was wrong with it.
        public let description: String
    }

    /// Reads `sqlite://PATH` (relative or absolute) or `postgres://…` / `postgresql://…`.
    public init(url: String) throws {
        if url.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw InvalidURL(description: "sqlite:// needs a file path, e.g. sqlite://./data/nexus.sqlite") }
            self = .sqlite(path: path)
        } else if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            guard URL(string: url)?.host != nil else {
                throw InvalidURL(description: "cannot read the PostgreSQL URL; expected postgres://user:password@host:port/database")
            }
            self = .postgres(url: url)
        } else {
            throw InvalidURL(description: "unsupported database URL scheme; use sqlite://PATH or postgres://…")
        }
    }

    /// The default: `nexus.sqlite` inside the data folder.
    public static func defaultSQLite(dataDirectory: String) -> DatabaseLocation {
        .sqlite(path: (dataDirectory as NSString).appendingPathComponent("nexus.sqlite"))
    }

    /// The engine's name, for logs and `/healthz`.
    public var engineName: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgresql"
        }
    }

    /// A description safe to print: PostgreSQL passwords are masked.
    public var description: String {
        switch self {
        case .sqlite(let path):
            return "sqlite://\(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "postgres://…" }
            if components.password != nil { components.password = "****" }
            return components.string ?? "postgres://…"
        }
    }
}
