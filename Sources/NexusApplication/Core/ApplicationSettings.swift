public import NexusPersistence

/// What the application layer needs to start, whichever front end starts it.
public struct ApplicationSettings: Sendable {
    /// Where the database is.
    public var database: DatabaseLocation
    /// The folder of bundled content, loaded on first start.
    public var contentDirectory: String
    /// bcrypt's cost for new password hashes.
    public var bcryptCost: UInt8
    /// How long a browser session lives without a request.
    public var sessionIdleTimeout: Duration
    /// How long a browser session lives at most, however active.
    public var sessionLifetime: Duration
    /// The first administrator, created on first start when there is no account yet.
    public var initialAdmin: (email: String, password: String)?
    /// How often an instance compares data versions with the database unasked.
    public var catchUpInterval: Duration

    /// Creates settings.
    public init(
        database: DatabaseLocation, contentDirectory: String, bcryptCost: UInt8 = 12, sessionIdleTimeout: Duration = .seconds(3600),
        sessionLifetime: Duration = .seconds(12 * 3600), initialAdmin: (email: String, password: String)? = nil,
        catchUpInterval: Duration = .seconds(15)
    ) {
        self.database = database
        self.contentDirectory = contentDirectory
        self.bcryptCost = bcryptCost
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionLifetime = sessionLifetime
        self.initialAdmin = initialAdmin
        self.catchUpInterval = catchUpInterval
    }
}
