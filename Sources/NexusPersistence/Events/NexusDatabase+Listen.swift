import Logging
import PostgresKit

extension NexusDatabase {
    /// The NOTIFY channel of this database's events. Deployments that share a server
    /// but keep their tables in different schemas (`?search_path=`) get different
    /// channels, so that they never hear each other.
    var eventChannel: String {
        let schema = postgresConfiguration?.searchPath?.first ?? "public"
        let safe = schema.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }
        return String(("nexus_events_" + String(safe)).prefix(63))
    }

    /// Opens a connection of its own (LISTEN needs one that stays open), listens on
    /// `channel`, calls `ready` once listening, and hands each payload to `receive` until
    /// the connection drops or the task is cancelled.
    func listen(on channel: String, logger: Logger, ready: () -> Void, receive: (String) -> Void) async throws {
        guard let configuration = postgresConfiguration else { return }
        let connection = try await PostgresConnection.connect(
            on: eventLoopGroup.any(), configuration: configuration.coreConfiguration, id: 0, logger: logger)
        do {
            try await connection.listen(on: channel) { notifications in
                ready()
                for try await notification in notifications { receive(notification.payload) }
            }
        } catch {
            try? await connection.close()
            throw error
        }
        try? await connection.close()
    }
}
