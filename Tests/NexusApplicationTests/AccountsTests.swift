import Foundation
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("Accounts, sessions, tokens and the audit log on both engines")
struct AccountsTests {
    private static let password = "correct horse battery"

    private func accounts(_ database: NexusDatabase) -> Accounts {
        // A long first wait, so that a slow machine cannot outwait the throttle between two calls.
        Accounts(database: database, hasher: PasswordHasher(cost: 4), throttleFirstDelay: .seconds(60))
    }

    private func makeEditor(_ accounts: Accounts) async throws -> User {
        try await accounts.createUser(
            email: " Editor@Example.org ", name: "Ed Itor", password: Self.password,
            roles: [.editor], by: .commandLine)
    }

    @Test("a created account signs in with its password, in any case of address", arguments: TestEngine.available)
    func signIn(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = accounts(database)
            let user = try await makeEditor(accounts)
            #expect(user.email == "editor@example.org")
            let signedIn = try await accounts.signIn(email: "EDITOR@example.org", password: Self.password, client: "10.0.0.1")
            #expect(signedIn.user.id == user.id)
            let session = try await accounts.sessions.session(for: signedIn.cookie)
            #expect(session?.user.id == user.id && session?.csrfToken == signedIn.csrfToken)
            try await accounts.sessions.close(signedIn.cookie)
            #expect(try await accounts.sessions.session(for: signedIn.cookie) == nil)
        }
    }

    @Test("bad input is refused with the reason", arguments: TestEngine.available)
    func refusals(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = accounts(database)
            _ = try await makeEditor(accounts)
            await #expect(throws: Accounts.Failure.emailTaken) {
                try await accounts.createUser(email: "editor@example.org", name: "Twin", password: Self.password, roles: [], by: .commandLine)
            }
            await #expect(throws: Accounts.Failure.invalidEmail) {
                try await accounts.createUser(email: "not an address", name: "X", password: Self.password, roles: [], by: .commandLine)
            }
            await #expect(throws: Accounts.Failure.weakPassword(.tooShort(minimum: 12))) {
                try await accounts.createUser(email: "a@b.org", name: "A", password: "short", roles: [], by: .commandLine)
            }
            await #expect(throws: Accounts.Failure.weakPassword(.common)) {
                try await accounts.createUser(email: "a@b.org", name: "A", password: "Password1234", roles: [], by: .commandLine)
            }
            #expect(try await accounts.users.count() == 1)
        }
    }

    @Test("wrong passwords and unknown addresses get the same answer, and repeated failures are throttled", arguments: TestEngine.available)
    func throttling(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = accounts(database)
            _ = try await makeEditor(accounts)
            await #expect(throws: Accounts.Failure.invalidCredentials) {
                try await accounts.signIn(email: "nobody@example.org", password: Self.password, client: "10.0.0.2")
            }
            for _ in 0..<5 {
                await #expect(throws: Accounts.Failure.invalidCredentials) {
                    try await accounts.signIn(email: "editor@example.org", password: "wrong password!", client: "10.0.0.3")
                }
            }
            await #expect {
                try await accounts.signIn(email: "editor@example.org", password: Self.password, client: "10.0.0.4")
            } throws: { error in
                if case Accounts.Failure.throttled(let wait) = error { return wait > .zero }
                return false
            }
        }
    }

    @Test("a deactivated account cannot sign in, and its sessions and tokens stop working", arguments: TestEngine.available)
    func deactivation(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = accounts(database)
            var user = try await makeEditor(accounts)
            let session = try await accounts.signIn(email: user.email, password: Self.password, client: nil)
            let token = try await accounts.issueToken(userID: user.id, name: "sync", role: .editor, by: .commandLine)
            user.isActive = false
            try await accounts.update(user, by: .commandLine)
            #expect(try await accounts.sessions.session(for: session.cookie) == nil)
            let authenticated = try await accounts.tokens.authenticate(token.secret)
            #expect(authenticated?.user.isActive == false)
            #expect(!Authorization.allows(.token(authenticated!.user, role: .editor), .editContent))
            await #expect(throws: Accounts.Failure.invalidCredentials) {
                try await accounts.signIn(email: user.email, password: Self.password, client: nil)
            }
        }
    }

    @Test("tokens carry one held role, work once issued and stop when revoked", arguments: TestEngine.available)
    func tokens(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = accounts(database)
            let user = try await makeEditor(accounts)
            await #expect(throws: Accounts.Failure.roleNotHeld) {
                try await accounts.issueToken(userID: user.id, name: "x", role: .admin, by: .commandLine)
            }
            let issued = try await accounts.issueToken(userID: user.id, name: "publishing bot", role: .editor, by: .commandLine)
            #expect(issued.secret.hasPrefix("nxt_") && issued.secret.count > 40)
            #expect(try await accounts.tokens.authenticate(issued.secret)?.token.id == issued.token.id)
            #expect(try await accounts.tokens.authenticate("nxt_not-a-token") == nil)
            try await accounts.revokeToken(id: issued.token.id, by: .commandLine)
            #expect(try await accounts.tokens.authenticate(issued.secret) == nil)
            let stored: [any SQLRow] = try await database.sql.raw("SELECT token_hash FROM api_tokens").all()
            #expect(try stored.first?.decode(column: "token_hash", as: String.self) != issued.secret, "only a fingerprint is stored")
        }
    }

    @Test("password changes need the current password; resets end sessions; every write is audited", arguments: TestEngine.available)
    func passwordsAndAudit(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = accounts(database)
            let user = try await makeEditor(accounts)
            let actor = AuditActor.user(user, client: "10.0.0.9")
            await #expect(throws: Accounts.Failure.wrongCurrentPassword) {
                try await accounts.changePassword(userID: user.id, current: "not it at all", new: "another long passphrase", by: actor)
            }
            try await accounts.changePassword(userID: user.id, current: Self.password, new: "another long passphrase", by: actor)
            let session = try await accounts.signIn(email: user.email, password: "another long passphrase", client: nil)
            try await accounts.resetPassword(userID: user.id, new: "a third long passphrase", by: .commandLine)
            #expect(try await accounts.sessions.session(for: session.cookie) == nil)
            let actions = try await accounts.audit.entries().map(\.action)
            #expect(actions.map(\.rawValue).sorted() == ["user.create", "user.password.change", "user.password.reset"])
            let change = try await accounts.audit.entries().first { $0.action == .userPasswordChange }
            #expect(change?.actor == user.email && change?.client == "10.0.0.9")
        }
    }
}

@Suite("Session expiry")
struct SessionExpiryTests {
    @Test("a session idle for longer than the timeout is closed", arguments: TestEngine.available)
    func idle(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = Accounts(database: database, hasher: PasswordHasher(cost: 4), sessionIdleTimeout: .seconds(600))
            let user = try await accounts.createUser(email: "a@example.org", name: "A", password: "a long passphrase", roles: [], by: .commandLine)
            let session = try await accounts.sessions.open(for: user.id)
            #expect(try await accounts.sessions.session(for: session.cookie) != nil)
            try await database.sql.raw("UPDATE sessions SET last_seen_at = '2020-01-01T00:00:00Z'").perform()
            #expect(try await accounts.sessions.session(for: session.cookie) == nil)
            let rows: [any SQLRow] = try await database.sql.raw("SELECT id FROM sessions").all()
            #expect(rows.isEmpty, "the expired session is removed")
        }
    }

    @Test("a session older than its lifetime is closed however active it is", arguments: TestEngine.available)
    func lifetime(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let accounts = Accounts(database: database, hasher: PasswordHasher(cost: 4), sessionLifetime: .seconds(3600))
            let user = try await accounts.createUser(email: "a@example.org", name: "A", password: "a long passphrase", roles: [], by: .commandLine)
            let session = try await accounts.sessions.open(for: user.id)
            let now = Date.now.ISO8601Format()
            try await database.sql.raw("UPDATE sessions SET created_at = '2020-01-01T00:00:00Z', last_seen_at = \(bind: now)").perform()
            #expect(try await accounts.sessions.session(for: session.cookie) == nil)
        }
    }
}
