import Foundation
public import NexusDomain
public import NexusPersistence

/// Everything done to accounts — creating them, signing in, passwords, roles, tokens —
/// with its rules and its audit record, for the command line and the web alike. Each
/// change is one transaction with its audit entry.
public struct Accounts: Sendable {
    /// Why an account operation was refused. The front ends turn these into messages
    /// in the user's language.
    public enum Failure: Error, Equatable, Sendable {
        case invalidEmail
        case invalidName
        case emailTaken
        case weakPassword(PasswordPolicy.Problem)
        case wrongCurrentPassword
        /// The address or the password is wrong (never says which).
        case invalidCredentials
        /// Too many failed attempts; try again after this long.
        case throttled(Duration)
        case notFound
        /// A token can only carry a role its user has.
        case roleNotHeld
        case invalidTokenName
    }

    /// A new browser session.
    public struct SignedIn: Sendable {
        public let user: User
        /// The session cookie's value.
        public let cookie: String
        /// The token the session's forms carry.
        public let csrfToken: String
    }

    let database: NexusDatabase
    /// The accounts as stored.
    public let users: UserRepository
    /// Browser sessions.
    public let sessions: SessionStore
    /// API tokens.
    public let tokens: TokenRepository
    /// The audit log, for administrators.
    public let audit: AuditLog
    let throttle: LoginThrottle
    let hasher: PasswordHasher
    /// A hash of a random password at the same cost, checked when an address has no
    /// account, so that the time an answer takes does not reveal which addresses exist.
    private let decoyHash: String

    /// Creates the account service over `database`.
    public init(
        database: NexusDatabase, hasher: PasswordHasher = PasswordHasher(), sessionIdleTimeout: Duration = .seconds(3600),
        sessionLifetime: Duration = .seconds(12 * 3600), throttleFirstDelay: Duration = .seconds(1)
    ) {
        self.database = database
        self.users = UserRepository(database: database)
        self.sessions = SessionStore(database: database, idleTimeout: sessionIdleTimeout, lifetime: sessionLifetime)
        self.tokens = TokenRepository(database: database)
        self.audit = AuditLog(database: database)
        self.throttle = LoginThrottle(database: database, firstDelay: throttleFirstDelay)
        self.hasher = hasher
        self.decoyHash = hasher.decoyHash()
    }

    /// Creates an account after checking the address, the name and the password.
    public func createUser(
        email: String, name: String, password: String, roles: Set<Role>, languages: Set<Language> = [],
        countries: Set<String> = [], preferredLanguage: Language = .source, by actor: AuditActor
    ) async throws -> User {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isPlausibleEmail(email) else { throw Failure.invalidEmail }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Failure.invalidName }
        if let problem = PasswordPolicy.problem(with: password, email: email, name: name) { throw Failure.weakPassword(problem) }
        let user = User(
            id: UserID(UUID().uuidString.lowercased()), email: email, name: name, preferredLanguage: preferredLanguage,
            roles: roles, languages: languages, countries: countries)
        let hash = try await hasher.hash(password)
        do {
            try await database.write { transaction in
                try await UserRepository.create(user, passwordHash: hash, in: transaction)
                try await AuditLog.record(
                    .init(.userCreate, entity: user.id.rawValue, by: actor, after: UserRecord(user)),
                    in: transaction)
            }
        } catch is UserRepository.EmailTaken {
            throw Failure.emailTaken
        }
        return user
    }

    /// Checks an address and a password; opens a session on success. Every attempt is
    /// counted per address and per client before the password is checked, and the answer
    /// never says whether the address has an account.
    public func signIn(email: String, password: String, client: String?) async throws -> SignedIn {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let account = "account:" + email
        let clientKey = client.map { "client:" + $0 }
        let wait = try await throttle.admit([account] + (clientKey.map { [$0] } ?? []))
        if wait > .zero { throw Failure.throttled(wait) }
        let found = try await users.find(email: email)
        let matches = try await hasher.verify(password, hash: found?.passwordHash ?? decoyHash)
        guard let found, matches, found.user.isActive else { throw Failure.invalidCredentials }
        try await throttle.succeeded(account: account, client: clientKey)
        let session = try await sessions.open(for: found.user.id)
        return SignedIn(user: found.user, cookie: session.cookie, csrfToken: session.csrfToken)
    }

    /// A user changes their own password, giving the current one.
    public func changePassword(userID: UserID, current: String, new: String, by actor: AuditActor) async throws {
        guard let stored = try await users.credentials(id: userID) else { throw Failure.notFound }
        guard try await hasher.verify(current, hash: stored.passwordHash) else { throw Failure.wrongCurrentPassword }
        try await setPassword(stored.user, new, action: .userPasswordChange, closingSessions: false, by: actor)
    }

    /// An administrator sets a new password for someone; their sessions end.
    public func resetPassword(userID: UserID, new: String, by actor: AuditActor) async throws {
        guard let user = try await users.find(id: userID) else { throw Failure.notFound }
        try await setPassword(user, new, action: .userPasswordReset, closingSessions: true, by: actor)
    }

    private func setPassword(_ user: User, _ password: String, action: AuditAction, closingSessions: Bool, by actor: AuditActor)
        async throws
    {
        if let problem = PasswordPolicy.problem(with: password, email: user.email, name: user.name) {
            throw Failure.weakPassword(problem)
        }
        let hash = try await hasher.hash(password)
        try await database.write { transaction in
            try await UserRepository.setPasswordHash(hash, for: user.id, in: transaction)
            if closingSessions { try await SessionStore.closeAll(for: user.id, in: transaction) }
            try await AuditLog.record(.init(action, entity: user.id.rawValue, by: actor), in: transaction)
        }
    }

    /// Saves changes to an account (name, language, roles, scopes, active); a deactivated
    /// user's sessions end and their tokens stop working.
    public func update(_ user: User, by actor: AuditActor) async throws {
        guard let before = try await users.find(id: user.id) else { throw Failure.notFound }
        let name = user.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Failure.invalidName }
        var user = user
        user.name = name
        user.email = before.email
        try await database.write { [user] transaction in
            try await UserRepository.update(user, in: transaction)
            if !user.isActive { try await SessionStore.closeAll(for: user.id, in: transaction) }
            try await AuditLog.record(
                .init(
                    .userUpdate, entity: user.id.rawValue, by: actor, before: UserRecord(before),
                    after: UserRecord(user)), in: transaction)
        }
    }

    /// Issues an API token carrying one of the user's roles; returns the secret, shown once.
    public func issueToken(
        userID: UserID, name: String, role: Role, by actor: AuditActor
    ) async throws -> (token: TokenRepository.Token, secret: String) {
        guard let user = try await users.find(id: userID) else { throw Failure.notFound }
        guard user.roles.contains(role) else { throw Failure.roleNotHeld }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw Failure.invalidTokenName }
        return try await database.write { transaction in
            let issued = try await TokenRepository.issue(userID: userID, name: name, role: role, in: transaction)
            try await AuditLog.record(
                .init(
                    .tokenIssue, entity: issued.token.id.rawValue, by: actor,
                    after: TokenRecord(name: name, role: role.rawValue, user: userID.rawValue)),
                in: transaction)
            return issued
        }
    }

    /// Revokes a token.
    public func revokeToken(id: TokenID, by actor: AuditActor) async throws {
        let found = try await database.write { transaction in
            guard let token = try await TokenRepository.revoke(id: id, in: transaction) else { return false }
            try await AuditLog.record(.init(.tokenRevoke, entity: token.id.rawValue, by: actor), in: transaction)
            return true
        }
        guard found else { throw Failure.notFound }
    }

    static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), email.count <= 254
        else { return false }
        return !email.contains(where: { $0.isWhitespace || $0 == "," || $0 == "<" || $0 == ">" })
    }
}

/// What the audit log records about an account (never the password hash).
struct UserRecord: Encodable, Sendable {
    let email: String
    let name: String
    let preferredLanguage: String
    let roles: [String]
    let languages: [String]
    let countries: [String]
    let active: Bool

    init(_ user: User) {
        email = user.email
        name = user.name
        preferredLanguage = user.preferredLanguage.code
        roles = user.roles.map(\.rawValue).sorted()
        languages = user.languages.map(\.code).sorted()
        countries = user.countries.sorted()
        active = user.isActive
    }
}

/// What the audit log records about a token (never its secret).
struct TokenRecord: Encodable, Sendable {
    let name: String
    let role: String
    let user: String
}
