import Foundation
import NexusDomain
import SQLKit

/// Everything done to accounts — creating them, signing in, passwords, roles, tokens —
/// with its rules and its audit record, for the command line and the web alike.
public struct Accounts: Sendable {
    /// Why an account operation was refused. The web layer turns these into messages
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

    /// Who acts, for the audit log.
    public struct Actor: Sendable {
        public let userID: String?
        public let label: String
        public let client: String?

        public init(userID: String?, label: String, client: String? = nil) {
            self.userID = userID
            self.label = label
            self.client = client
        }

        /// The command line, run by whoever has access to the server.
        public static let commandLine = Actor(userID: nil, label: "command line")

        /// The server itself, setting up a new installation.
        public static let firstStart = Actor(userID: nil, label: "first start")

        /// A signed-in user.
        public static func user(_ user: User, client: String?) -> Actor {
            Actor(userID: user.id, label: user.email, client: client)
        }
    }

    let database: NexusDatabase
    public let users: UserRepository
    public let sessions: SessionStore
    public let tokens: TokenRepository
    public let audit: AuditLog
    let throttle: LoginThrottle
    let hasher: PasswordHasher
    /// A hash of a random password at the same cost, checked when an address has no
    /// account, so that the time an answer takes does not reveal which addresses exist.
    private let decoyHash: String

    /// Creates the account service over `database`.
    public init(
        database: NexusDatabase, hasher: PasswordHasher = PasswordHasher(), sessionIdleTimeout: Duration = .seconds(3600),
        throttleFirstDelay: Duration = .seconds(1)
    ) {
        self.database = database
        self.users = UserRepository(database: database)
        self.sessions = SessionStore(database: database, idleTimeout: sessionIdleTimeout)
        self.tokens = TokenRepository(database: database)
        self.audit = AuditLog(database: database)
        self.throttle = LoginThrottle(database: database, firstDelay: throttleFirstDelay)
        self.hasher = hasher
        self.decoyHash = hasher.decoyHash()
    }

    /// Creates an account after checking the address, the name and the password.
    public func createUser(
        email: String, name: String, password: String, roles: Set<Role>, languages: Set<Language> = [],
        countries: Set<String> = [], preferredLanguage: Language = .source, by actor: Actor
    ) async throws -> User {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isPlausibleEmail(email) else { throw Failure.invalidEmail }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Failure.invalidName }
        if let problem = PasswordPolicy.problem(with: password, email: email, name: name) { throw Failure.weakPassword(problem) }
        let user = User(id: UUID().uuidString.lowercased(), email: email, name: name, preferredLanguage: preferredLanguage,
                        roles: roles, languages: languages, countries: countries)
        let hash = try await hasher.hash(password)
        try await database.transaction { db in
            do {
                try await users.create(user, passwordHash: hash, in: db)
            } catch is UserRepository.EmailTaken {
                throw Failure.emailTaken
            }
            try await audit.record(.init(actorID: actor.userID, actor: actor.label, action: "user.create", entityKind: "user",
                                         entityID: user.id, after: AuditLog.Entry.json(UserRecord(user)), client: actor.client), in: db)
        }
        return user
    }

    /// Checks an address and a password; opens a session on success. Failures are
    /// counted per address and per client, and the answer never says whether the
    /// address has an account.
    public func signIn(email: String, password: String, client: String?) async throws -> (user: User, cookie: String, csrfToken: String) {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let keys = ["account:" + email] + (client.map { ["client:" + $0] } ?? [])
        let wait = try await throttle.wait(for: keys)
        if wait > .zero { throw Failure.throttled(wait) }
        let found = try await users.find(email: email)
        let hash = found?.passwordHash ?? decoyHash
        let matches = try await hasher.verify(password, hash: hash)
        guard let found, matches, found.user.isActive else {
            try await throttle.recordFailure(for: keys)
            throw Failure.invalidCredentials
        }
        try await throttle.reset("account:" + email)
        let session = try await sessions.open(for: found.user.id)
        return (found.user, session.cookie, session.csrfToken)
    }

    /// A user changes their own password, giving the current one.
    public func changePassword(userID: String, current: String, new: String, by actor: Actor) async throws {
        guard let found = try await users.find(id: userID), let stored = try await users.find(email: found.email) else {
            throw Failure.notFound
        }
        guard try await hasher.verify(current, hash: stored.passwordHash) else { throw Failure.wrongCurrentPassword }
        try await setPassword(found, new, action: "user.password.change", by: actor)
    }

    /// An administrator sets a new password for someone; their sessions end.
    public func resetPassword(userID: String, new: String, by actor: Actor) async throws {
        guard let user = try await users.find(id: userID) else { throw Failure.notFound }
        try await setPassword(user, new, action: "user.password.reset", by: actor)
        try await sessions.closeAll(for: userID)
    }

    private func setPassword(_ user: User, _ password: String, action: String, by actor: Actor) async throws {
        if let problem = PasswordPolicy.problem(with: password, email: user.email, name: user.name) {
            throw Failure.weakPassword(problem)
        }
        let hash = try await hasher.hash(password)
        try await database.transaction { db in
            try await users.setPasswordHash(hash, for: user.id, in: db)
            try await audit.record(.init(actorID: actor.userID, actor: actor.label, action: action, entityKind: "user",
                                         entityID: user.id, client: actor.client), in: db)
        }
    }

    /// Saves changes to an account (name, language, roles, scopes, active); a deactivated
    /// user's sessions end and their tokens stop working.
    public func update(_ user: User, by actor: Actor) async throws {
        guard let before = try await users.find(id: user.id) else { throw Failure.notFound }
        let name = user.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw Failure.invalidName }
        var user = user
        user.name = name
        user.email = before.email
        try await database.transaction { [user] db in
            try await users.update(user, in: db)
            try await audit.record(.init(actorID: actor.userID, actor: actor.label, action: "user.update", entityKind: "user",
                                         entityID: user.id, before: AuditLog.Entry.json(UserRecord(before)),
                                         after: AuditLog.Entry.json(UserRecord(user)), client: actor.client), in: db)
        }
        if !user.isActive { try await sessions.closeAll(for: user.id) }
    }

    /// Issues an API token carrying one of the user's roles; returns the secret, shown once.
    public func issueToken(userID: String, name: String, role: Role, by actor: Actor) async throws -> (token: TokenRepository.Token, secret: String) {
        guard let user = try await users.find(id: userID) else { throw Failure.notFound }
        guard user.roles.contains(role) else { throw Failure.roleNotHeld }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw Failure.invalidTokenName }
        let issued = try await tokens.issue(userID: userID, name: name, role: role)
        try await audit.record(.init(actorID: actor.userID, actor: actor.label, action: "token.issue", entityKind: "token",
                                     entityID: issued.token.id, after: "{\"name\":\(Self.quoted(name)),\"role\":\"\(role.rawValue)\",\"user\":\"\(userID)\"}",
                                     client: actor.client))
        return issued
    }

    /// Revokes a token.
    public func revokeToken(id: String, by actor: Actor) async throws {
        guard let token = try await tokens.revoke(id: id) else { throw Failure.notFound }
        try await audit.record(.init(actorID: actor.userID, actor: actor.label, action: "token.revoke", entityKind: "token",
                                     entityID: token.id, client: actor.client))
    }

    static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix("."), email.count <= 254 else { return false }
        return !email.contains(where: { $0.isWhitespace || $0 == "," || $0 == "<" || $0 == ">" })
    }

    private static func quoted(_ text: String) -> String { AuditLog.Entry.json(text) }
}

/// What the audit log records about an account (never the password hash).
struct UserRecord: Encodable {
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
