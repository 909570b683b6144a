import NexusLocalization
import NexusDomain
import NexusRendering
import Hummingbird
import NexusPersistence
import NexusApplication

/// `/healthz`: 200 only when the database answers, so a load balancer takes an
/// instance out of rotation when its database is gone.
enum HealthCheck {
    struct Body: Encodable {
        let status: String
        let database: String
    }

    static func answer(_ database: NexusDatabase) async -> Response {
        do {
            try await database.ping()
            return .json(Body(status: "ok", database: database.engine.rawValue))
        } catch {
            return .json(Body(status: "unavailable", database: database.engine.rawValue), status: .serviceUnavailable)
        }
    }
}
