import Logging
import NIOPosix
import NexusPersistence
import NexusApplication
import PostgresKit

/// Runs administrative statements (creating and dropping test schemas) on the test server.
enum PostgresAdmin {
    static func run(_ statement: String, on url: String) async throws {
        let configuration = try SQLPostgresConfiguration(url: url)
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration.coreConfiguration,
            id: 1, logger: TestDatabase.logger)
        do {
            try await connection.sql().raw("\(unsafeRaw: statement)").perform()
            try await connection.close().get()
        } catch {
            try? await connection.close().get()
            throw error
        }
    }
}
