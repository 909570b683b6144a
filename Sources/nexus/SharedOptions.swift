import ArgumentParser
import Configuration
import Logging
import NexusWeb

/// Options every command that touches the database accepts.
struct StorageOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Folder for the SQLite database (default ./data).")
    var dataDirectory: String?

    @Option(name: .customLong("database-url"), help: "sqlite://PATH or postgres://user:password@host:port/database.")
    var databaseURL: String?

    @Option(name: .customLong("content-dir"), help: "The content folder to load (default ./Content).")
    var contentDirectory: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String?

    /// The configuration from these options, then the environment, then the defaults.
    func config(host: String? = nil, port: Int? = nil) throws -> AppConfig {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        func set(_ key: [String], _ value: String?) {
            if let value { values[AbsoluteConfigKey(["nexus"] + key)] = ConfigValue(.string(value), isSecret: false) }
        }
        set(["host"], host)
        set(["port"], port.map(String.init))
        set(["data", "dir"], dataDirectory)
        set(["database", "url"], databaseURL)
        set(["content", "dir"], contentDirectory)
        set(["log", "level"], logLevel)
        return try Self.config(commandLine: values)
    }

    /// The configuration from the environment and defaults alone.
    static func configFromEnvironment() throws -> AppConfig { try config(commandLine: [:]) }

    private static func config(commandLine values: [AbsoluteConfigKey: ConfigValue]) throws -> AppConfig {
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "command line", values: values),
            EnvironmentVariablesProvider(),
        ])
        do {
            return try AppConfig(reader: reader)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// Sends log messages to standard error at the configured level, once per process.
enum Logs {
    static func bootstrap(level: Logger.Level) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "nexus")
        logger.logLevel = level
        return logger
    }
}

/// Prints a message to standard error and fails the command.
func fail(_ message: String) -> ExitCode {
    FileHandleStandardError.write("nexus: \(message)\n")
    return .failure
}
