import Foundation
public import Hummingbird
public import Logging
import NexusApplication
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NIOCore
import ServiceLifecycle

/// Builds the whole application from its configuration: opens and migrates the
/// database, loads the bundled content on first start, builds the toolkit
/// snapshot, and wires the responder. Tests call it directly.
public func buildApplication(
    config: AppConfig, logger: Logger, onServerRunning: @escaping @Sendable (String) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let database = try await NexusDatabase.open(config.database, logger: logger)
    do {
        let core = NexusServices(
            database: database, settings: config.applicationSettings, logger: logger,
            throttleFirstDelay: config.throttleFirstDelay)
        try await core.start()
        let services = AppServices(
            app: core, config: config, localization: try Localization.bundled(), views: try ViewRenderer.bundled(),
            assets: try AssetStore.bundled(), markdown: MarkdownRenderer(), shapes: try CountryShapes.bundled,
            pageCache: PageCache(isEnabled: config.cachesPages),
            metrics: RequestMetrics(), openAPIDocument: try AppServices.bundledOpenAPIDocument(),
            schemas: try AppServices.bundledSchemas())
        let host = config.host
        return Application(
            responder: NexusResponder(services: services),
            configuration: ApplicationConfiguration(address: .hostname(config.host, port: config.port)),
            // Services shut down in reverse order: the follower stops before the pool closes.
            services: [DatabaseShutdown(database: database), core.follower()],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? config.port
                await onServerRunning("http://\(host.contains(":") ? "[\(host)]" : host):\(port)")
            },
            logger: logger)
    } catch {
        try? await database.close()
        throw error
    }
}

/// Closes the database pool once the server has stopped taking requests.
struct DatabaseShutdown: Service {
    let database: NexusDatabase

    func run() async throws {
        try? await gracefulShutdown()
        try await database.close()
    }
}
