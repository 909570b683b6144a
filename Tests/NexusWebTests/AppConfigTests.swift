import Configuration
import Logging
import NexusPersistence
@testable import NexusWeb
import Testing

@Suite("Configuration from options and the environment")
struct AppConfigTests {
    private func config(_ values: [String: String]) throws -> AppConfig {
        try AppConfig(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: values)))
    }

    @Test("the defaults: 127.0.0.1:8080, SQLite in ./data, content in ./Content")
    func defaults() throws {
        let config = try config([:])
        #expect(config.host == "127.0.0.1" && config.port == 8080)
        #expect(config.database == .sqlite(path: "./data/nexus.sqlite"))
        #expect(config.contentDirectory == "./Content" && config.cachesPages)
    }

    @Test("NEXUS_* variables override the defaults")
    func environment() throws {
        let config = try config([
            "NEXUS_HOST": "0.0.0.0", "NEXUS_PORT": "9000", "NEXUS_DATA_DIR": "/srv/nexus",
            "NEXUS_CONTENT_DIR": "/srv/content", "NEXUS_LOG_LEVEL": "DEBUG",
        ])
        #expect(config.host == "0.0.0.0" && config.port == 9000)
        #expect(config.database == .sqlite(path: "/srv/nexus/nexus.sqlite"))
        #expect(config.contentDirectory == "/srv/content" && config.logLevel == .debug)
        let postgres = try self.config(["NEXUS_DATABASE_URL": "postgres://u:p@db:5432/nexus"])
        #expect(postgres.database == .postgres(url: "postgres://u:p@db:5432/nexus"))
        #expect(postgres.database.description == "postgres://u:****@db:5432/nexus", "passwords are never printed")
        #expect(try self.config(["NEXUS_PUBLIC_URL": "https://nexus.example.org/"]).publicURL == "https://nexus.example.org")
        #expect(try self.config([:]).publicURL == nil)
    }

    @Test(
        "invalid values stop the start with a message naming them",
        arguments: [
            ("NEXUS_PORT", "eighty", "port"), ("NEXUS_PORT", "70000", "port"), ("NEXUS_LOG_LEVEL", "loud", "log level"),
            ("NEXUS_DATABASE_URL", "mysql://x", "unsupported database URL"), ("NEXUS_DATABASE_URL", "sqlite://", "file path"),
            ("NEXUS_PUBLIC_URL", "nexus.example.org", "NEXUS_PUBLIC_URL"), ("NEXUS_PUBLIC_URL", "https://x.org/?a=1", "NEXUS_PUBLIC_URL"),
        ])
    func invalid(name: String, value: String, mention: String) {
        #expect {
            try config([name: value])
        } throws: { error in
            "\(error)".contains(mention)
        }
    }
}
