import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NexusWeb

/// `nexus serve`: starts the web server.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the server (SQLite in ./data unless NEXUS_DATABASE_URL says otherwise).",
        discussion: "On first start the database is created and migrated and the bundled content is loaded. Ctrl-C stops the server gracefully.")

    @Option(help: "The address to listen on (default 127.0.0.1).")
    var host: String?

    @Option(help: "The port to listen on (default 8080).")
    var port: Int?

    @OptionGroup var storage: StorageOptions

    func run() async throws {
        let config = try storage.config(host: host, port: port)
        let logger = Logs.bootstrap(level: config.logLevel)
        logger.info("database: \(config.database)")
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(config: config, logger: logger) { url in
                // Written unbuffered: the first line a user (or a script waiting on it) reads.
                FileHandle.standardOutput.write(Data("Nexus Toolkit is running at \(url) — press Ctrl-C to stop.\n".utf8))
            }
        } catch {
            throw fail("cannot start: \(error)")
        }
        Self.returnStartupMemory()
        try await app.runService()
    }

    /// Starting reads every published document and evidence record once; the rows are
    /// gone by now, but glibc keeps the freed pages. Handing them back keeps an idle
    /// server small (measured in Benchmarks/README.md).
    private static func returnStartupMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module map does not export (it lives in malloc.h).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
