import NexusApplication
import NexusPersistence
import NexusDomain
import NexusTestSupport

/// The accounts the contract scenarios act as: one token per role that matters to the
/// API, a revoked one, and a programme officer who also signs in with a browser.
struct ContractPeople: Sendable {
    /// A programme officer's token: records evidence.
    let officer: String
    /// A translator's token: may not record evidence.
    let translator: String
    /// An administrator's token: reads the accounts.
    let admin: String
    /// An editor's token: may not read the accounts.
    let editor: String
    /// A token that was revoked.
    let revoked: String

    static let officerEmail = "officer@example.org"
    static let password = "a long contract passphrase"

    /// Creates the accounts and tokens, with the account service of the test's database.
    static func seed(_ accounts: Accounts, into box: TokenBox) async throws {
        let officer = try await accounts.createUser(
            email: officerEmail, name: "Officer", password: password, roles: [.programmeOfficer, .translator], languages: [.fr],
            by: .commandLine)
        let admin = try await accounts.createUser(
            email: "admin@example.org", name: "Admin", password: password, roles: [.admin, .editor], preferredLanguage: .ar,
            by: .commandLine)
        await box.set("officer", try await accounts.issueToken(userID: officer.id, name: "o", role: .programmeOfficer, by: .commandLine).secret)
        await box.set("translator", try await accounts.issueToken(userID: officer.id, name: "t", role: .translator, by: .commandLine).secret)
        await box.set("admin", try await accounts.issueToken(userID: admin.id, name: "a", role: .admin, by: .commandLine).secret)
        await box.set("editor", try await accounts.issueToken(userID: admin.id, name: "e", role: .editor, by: .commandLine).secret)
        let revoked = try await accounts.issueToken(userID: admin.id, name: "r", role: .admin, by: .commandLine)
        try await accounts.revokeToken(id: revoked.token.id, by: .commandLine)
        await box.set("revoked", revoked.secret)
    }

    /// The tokens `seed` put in `box`.
    init(_ box: TokenBox) async {
        officer = await box.get("officer")
        translator = await box.get("translator")
        admin = await box.get("admin")
        editor = await box.get("editor")
        revoked = await box.get("revoked")
    }
}
