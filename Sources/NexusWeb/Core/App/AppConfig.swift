import NexusLocalization
import NexusDomain
import NexusRendering
public import Configuration
import Foundation
public import Logging
public import NexusApplication
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
    /// bcrypt's cost for new password hashes (`NEXUS_BCRYPT_COST`, default 12).
    public var bcryptCost: UInt8
    /// How long a browser session lives without a request (`NEXUS_SESSION_IDLE_MINUTES`, default 60).
    public var sessionIdleTimeout: Duration
    /// How long a browser session lives at most, however active (`NEXUS_SESSION_LIFETIME_HOURS`, default 12).
    public var sessionLifetime: Duration
    /// Whether cookies carry `Secure` (`NEXUS_SECURE_COOKIES=on`): set it when the
    /// server is reached over HTTPS, as behind a TLS-terminating proxy.
    public var secureCookies: Bool
    /// The first administrator, created on first start when there is no account yet
    /// (`NEXUS_ADMIN_EMAIL`, `NEXUS_ADMIN_PASSWORD`).
    public var initialAdmin: (email: String, password: String)?
    /// The reverse proxies whose `Forwarded`/`X-Forwarded-For` headers name the client
    /// (`NEXUS_TRUSTED_PROXIES`: addresses or CIDR ranges, comma-separated). Without one,
    /// the connected peer is the client, and such headers are ignored.
    public var trustedProxies: TrustedProxies
    /// The bearer token `/metrics` asks for (`NEXUS_METRICS_TOKEN`); without one, `/metrics`
    /// is not served at all, since what it shows is not for the public.
    public var metricsToken: String?
    /// The address the site is reached at (`NEXUS_PUBLIC_URL`, such as
    /// `https://nexus.example.org`), for absolute links in what is downloaded, like the
    /// schema a STIX export names; without it, they are made from the request's Host.
    public var publicURL: String?
    /// The first wait of sign-in throttling; tests shorten it.
    public var throttleFirstDelay: Duration = .seconds(1)

    /// A configuration value is unusable.
    public struct Invalid: Error, CustomStringConvertible {
        /// Which value, and why.
        public let description: String
    }

    /// Creates a configuration from explicit values (tests use this).
    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "./data",
        database: DatabaseLocation? = nil, contentDirectory: String = "./Content", logLevel: Logger.Level = .info,
        cachesPages: Bool = true, bcryptCost: UInt8 = 12, sessionIdleTimeout: Duration = .seconds(3600),
        sessionLifetime: Duration = .seconds(12 * 3600), secureCookies: Bool = false,
        initialAdmin: (email: String, password: String)? = nil, trustedProxies: TrustedProxies = TrustedProxies(),
        metricsToken: String? = nil, publicURL: String? = nil
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database = database ?? .defaultSQLite(dataDirectory: dataDirectory)
        self.contentDirectory = contentDirectory
        self.logLevel = logLevel
        self.cachesPages = cachesPages
        self.bcryptCost = bcryptCost
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionLifetime = sessionLifetime
        self.secureCookies = secureCookies
        self.initialAdmin = initialAdmin
        self.trustedProxies = trustedProxies
        self.metricsToken = metricsToken
        self.publicURL = publicURL
    }

    /// What the application layer takes from this configuration.
    public var applicationSettings: ApplicationSettings {
        ApplicationSettings(
            database: database, contentDirectory: contentDirectory, bcryptCost: bcryptCost,
            sessionIdleTimeout: sessionIdleTimeout, sessionLifetime: sessionLifetime, initialAdmin: initialAdmin)
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
        let costText = nexus.string(forKey: ["bcrypt", "cost"]) ?? "12"
        guard let cost = UInt8(costText), (4...31).contains(cost) else {
            throw Invalid(description: "NEXUS_BCRYPT_COST must be a number from 4 to 31 (12 or more in production)")
        }
        let idleText = nexus.string(forKey: ["session", "idle", "minutes"]) ?? "60"
        guard let idle = Int(idleText), (1...(60 * 24 * 30)).contains(idle) else {
            throw Invalid(description: "NEXUS_SESSION_IDLE_MINUTES must be a number of minutes from 1 to 43200")
        }
        let lifetimeText = nexus.string(forKey: ["session", "lifetime", "hours"]) ?? "12"
        guard let lifetime = Int(lifetimeText), (1...(24 * 90)).contains(lifetime) else {
            throw Invalid(description: "NEXUS_SESSION_LIFETIME_HOURS must be a number of hours from 1 to 2160")
        }
        let proxies: TrustedProxies
        do { proxies = try TrustedProxies(parsing: nexus.string(forKey: ["trusted", "proxies"]) ?? "") } catch {
            throw Invalid(description: "NEXUS_TRUSTED_PROXIES: \(error)")
        }
        let metricsToken = nexus.string(forKey: ["metrics", "token"], isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
        if let metricsToken, metricsToken.count < 16 {
            throw Invalid(description: "NEXUS_METRICS_TOKEN must have at least 16 characters")
        }
        var publicURL = nexus.string(forKey: ["public", "url"]).flatMap { $0.isEmpty ? nil : $0 }
        if let given = publicURL {
            guard CaseValidation.isWebAddress(given), URL(string: given)?.query == nil else {
                throw Invalid(description: "NEXUS_PUBLIC_URL must be an http or https address such as https://nexus.example.org")
            }
            while publicURL?.hasSuffix("/") == true { publicURL?.removeLast() }
        }
        let secure = nexus.string(forKey: ["secure", "cookies"]) ?? "off"
        guard ["on", "off"].contains(secure) else { throw Invalid(description: "NEXUS_SECURE_COOKIES must be on or off") }
        var admin: (String, String)?
        if let email = nexus.string(forKey: ["admin", "email"]), !email.isEmpty {
            guard let password = nexus.string(forKey: ["admin", "password"], isSecret: true), !password.isEmpty else {
                throw Invalid(description: "NEXUS_ADMIN_EMAIL needs NEXUS_ADMIN_PASSWORD")
            }
            admin = (email, password)
        }
        self.init(
            host: host, port: port, dataDirectory: dataDirectory, database: database,
            contentDirectory: nexus.string(forKey: ["content", "dir"]) ?? "./Content", logLevel: level,
            cachesPages: cache == "on", bcryptCost: cost, sessionIdleTimeout: .seconds(idle * 60),
            sessionLifetime: .seconds(lifetime * 3600), secureCookies: secure == "on", initialAdmin: admin,
            trustedProxies: proxies, metricsToken: metricsToken, publicURL: publicURL)
    }
}
