import ArgumentParser
import NexusDomain
import NexusPersistence
import NexusApplication
import NexusWeb

/// `nexus content …`: check and load the toolkit's content folder.
struct Content: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check or import the content folder.",
        subcommands: [Check.self, Import.self, ImportDocument.self])

    /// `nexus content check [DIR]`
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a content folder: front matter, references, languages, stale translations.",
            discussion: "Prints a report and exits with status 1 when there is any problem.")

        @Argument(help: "The content folder (default ./Content, or NEXUS_CONTENT_DIR).")
        var directory: String?

        func run() async throws {
            let folder = try directory ?? StorageOptions.configFromEnvironment().contentDirectory
            let result: ToolkitBuilder.Result
            do { result = try ContentImport.check(directory: folder) } catch { throw fail("\(error)") }
            print(ContentReport(folder: folder, snapshot: result.snapshot, problems: result.problems).text)
            if !result.problems.isEmpty { throw ExitCode.failure }
        }
    }

    /// `nexus content import [DIR]`
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load or update the content in the database (only what changed; running it twice is harmless).",
            discussion:
                "A folder with errors is not imported at all. Warnings (missing or stale translations) are reported but do not stop the import.")

        @Argument(help: "The content folder (default ./Content, or NEXUS_CONTENT_DIR).")
        var directory: String?

        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let config = try storage.config()
            let folder = directory ?? config.contentDirectory
            let logger = Logs.bootstrap(level: config.logLevel)
            let report = try await withServices(config, logger: logger) { services, _ in
                // The findings' search documents carry region titles: the import rewrites
                // those of renamed regions, so it reads the evidence first.
                try await services.store.loadAll()
                return try await services.contentImport.importFolder(folder, by: .commandLine)
            }
            let problemsText = ContentReport.problemLines(report.problems)
            if !problemsText.isEmpty { print(problemsText) }
            guard let summary = report.summary else {
                throw fail("the content folder has errors; nothing was imported")
            }
            print("Imported \(folder): \(summary.created) new, \(summary.updated) updated, \(summary.unchanged) unchanged documents.")
            if summary.created + summary.updated > 0 {
                print(
                    "Running servers on this database show the changes within \(config.applicationSettings.catchUpInterval.components.seconds) seconds."
                )
            }
        }
    }
}
