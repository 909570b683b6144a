import ArgumentParser

/// The `nexus` command: a thin shell over the modules.
@main
struct NexusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nexus",
        abstract: "Nexus Toolkit: The Hague Good Practices on the crime–terror nexus, in four languages.",
        discussion: """
            Settings can also come from the environment: NEXUS_HOST, NEXUS_PORT, NEXUS_DATA_DIR, \
            NEXUS_DATABASE_URL (sqlite://PATH or postgres://…), NEXUS_CONTENT_DIR, NEXUS_LOG_LEVEL. \
            Command-line options win over the environment.
            """,
        subcommands: [Serve.self, Migrate.self, Content.self, UserCommand.self, TokenCommand.self],
        defaultSubcommand: nil)
}
