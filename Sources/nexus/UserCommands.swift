import ArgumentParser
import NexusDomain
import NexusPersistence
import NexusApplication
import NexusWeb

/// `nexus user …`: accounts from the command line.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage accounts.", subcommands: [Add.self])

    /// `nexus user add --email … --role admin`
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. The password is read from the terminal, or from standard input when piped.",
            discussion: "Example: nexus user add --email ana@example.org --name \"Ana Rossi\" --role admin")

        @Option(help: "The sign-in address.") var email: String
        @Option(help: "The name shown to others (default: the part of the address before @).") var name: String?
        @Option(help: "A role to grant: \(Role.allCases.map(\.rawValue).joined(separator: ", ")). Repeat for several.")
        var role: [String] = []
        @Option(help: "For translators: a language they may translate into (fr, ar, sq). Repeat for several.")
        var language: [String] = []
        @Option(help: "For focal points: a country code (ISO 3166, e.g. AL). Repeat for several.") var country: [String] = []
        @Option(help: "The interface language: en, fr, ar or sq (default en; signing in from a page in another one changes it).")
        var interface: String = Language.source.code
        @OptionGroup var storage: StorageOptions

        func validate() throws {
            guard Language(rawValue: interface) != nil else { throw ValidationError("--interface takes en, fr, ar or sq") }
            guard !role.isEmpty else { throw ValidationError("give at least one --role") }
            for name in role where Role(rawValue: name) == nil {
                throw ValidationError("unknown role \"\(name)\"; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for code in language where Language(rawValue: code) == nil || code == Language.source.code {
                throw ValidationError("--language takes fr, ar or sq")
            }
        }

        func run() async throws {
            let password = try PasswordPrompt.read(prompt: "Password for \(email): ", confirm: true)
            try await withAccounts(storage) { accounts in
                let user = try await accounts.createUser(
                    email: email, name: name ?? String(email.split(separator: "@").first ?? ""), password: password,
                    roles: Set(role.compactMap(Role.init(rawValue:))), languages: Set(language.compactMap(Language.init(rawValue:))),
                    countries: Set(country.map { $0.uppercased() }), preferredLanguage: Language(rawValue: interface) ?? .source,
                    by: .commandLine)
                print("Created \(user.email) (\(user.roles.sorted().map(\.rawValue).joined(separator: ", "))).")
            }
        }
    }
}

/// `nexus token create --email … --name …`
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue an API token for an account and print it once.",
            discussion: "API clients send it as Authorization: Bearer <token>. It acts with one role of the account.")

        @Option(help: "The account's address.") var email: String
        @Option(help: "What the token is for, e.g. \"nightly export\".") var name: String
        @Option(help: "The role the token acts with (default: the account's only role).") var role: String?
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            try await withAccounts(storage) { accounts in
                guard let user = try await accounts.users.find(email: email)?.user else {
                    throw ValidationFailure("there is no account \(email)")
                }
                let chosen: Role
                if let role {
                    guard let parsed = Role(rawValue: role) else { throw ValidationFailure("unknown role \"\(role)\"") }
                    chosen = parsed
                } else if user.roles.count == 1, let only = user.roles.first {
                    chosen = only
                } else {
                    throw ValidationFailure("the account has several roles; choose one with --role")
                }
                let issued = try await accounts.issueToken(userID: user.id, name: name, role: chosen, by: .commandLine)
                print(issued.secret)
                FileHandleStandardError.write("Token \"\(name)\" for \(user.email) with the role \(chosen.rawValue). It is shown only this once.\n")
            }
        }
    }
}

/// Opens the database, migrates it, runs `body` with the account service, and turns
/// refusals into readable messages and a non-zero exit.
func withAccounts(_ storage: StorageOptions, _ body: (Accounts) async throws -> Void) async throws {
    let config = try storage.config()
    let logger = Logs.bootstrap(level: config.logLevel)
    try await withServices(
        config, logger: logger,
        describe: { error in
            (error as? Accounts.Failure).map(AccountsFailureText.english) ?? "\(error)"
        },
        run: { services, _ in try await body(services.accounts) }
    )
}
