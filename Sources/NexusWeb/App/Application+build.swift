import Foundation
public import Hummingbird
public import Logging
import NexusDomain
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
        let services = try await prepareServices(config: config, database: database, logger: logger)
        let host = config.host
        return Application(
            responder: NexusResponder(services: services),
            configuration: ApplicationConfiguration(address: .hostname(config.host, port: config.port)),
            // Services shut down in reverse order: the follower stops before the pool closes.
            services: [
                DatabaseShutdown(database: database),
                SnapshotFollower(bus: services.bus, store: services.store, content: services.content, evidence: services.evidence,
                                 logger: logger),
            ],
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

private func prepareServices(config: AppConfig, database: NexusDatabase, logger: Logger) async throws -> AppServices {
    try await Migrator(database: database, logger: logger).migrate()
    let repository = ContentRepository(database: database)
    if try await !repository.hasPublishedContent() {
        try await importBundledContent(from: config.contentDirectory, repository: repository, logger: logger)
    }
    let store = ToolkitStore()
    let problems = try await store.reload(from: repository)
    for problem in problems where problem.severity == .error {
        logger.warning("content problem: \(problem)")
    }
    let evidence = EvidenceRepository(database: database)
    try await EvidenceSeeding.seed(from: config.contentDirectory, snapshot: store.snapshot, repository: evidence, logger: logger)
    try await store.refreshEvidence(from: evidence)
    let search = SearchIndex(database: database)
    try await search.reindexToolkit(from: store.snapshot)
    try await search.reindexEvidenceIfNeeded(store.evidence, snapshot: store.snapshot)
    let accounts = Accounts(
        database: database, hasher: PasswordHasher(cost: config.bcryptCost), sessionIdleTimeout: config.sessionIdleTimeout)
    try await createInitialAdmin(config, accounts: accounts, logger: logger)
    return AppServices(
        database: database, accounts: accounts, content: repository, evidence: evidence, config: config, store: store,
        bus: EventBus(database: database, logger: logger), search: search, localization: try Localization.bundled(),
        views: try await ViewRenderer.bundled(), assets: try AssetStore.bundled(), markdown: MarkdownRenderer(),
        pageCache: PageCache(isEnabled: config.cachesPages),
        metrics: RequestMetrics(), openAPIDocument: try AppServices.bundledOpenAPIDocument(), logger: logger)
}

/// First start: when there is no account yet and `NEXUS_ADMIN_EMAIL`/`NEXUS_ADMIN_PASSWORD`
/// are set, create that administrator.
private func createInitialAdmin(_ config: AppConfig, accounts: Accounts, logger: Logger) async throws {
    guard let admin = config.initialAdmin, try await accounts.users.count() == 0 else { return }
    do {
        let user = try await accounts.createUser(
            email: admin.email, name: String(admin.email.split(separator: "@").first ?? "admin"), password: admin.password,
            roles: [.admin], by: .firstStart)
        logger.info("created the first administrator, \(user.email)")
    } catch let failure as Accounts.Failure {
        throw AppConfig.Invalid(description: "NEXUS_ADMIN_EMAIL/NEXUS_ADMIN_PASSWORD: \(failure)")
    }
}

/// First start: load the content folder so that the toolkit is there at once.
private func importBundledContent(from directory: String, repository: ContentRepository, logger: Logger) async throws {
    guard FileManager.default.fileExists(atPath: directory) else {
        logger.warning("no content folder at \(directory); the toolkit starts empty (set --content-dir or NEXUS_CONTENT_DIR)")
        return
    }
    let report = try await ContentImporter(repository: repository).importFolder(directory, origin: Accounts.Actor.firstStart.label)
    if let summary = report.summary {
        logger.info("loaded the bundled content from \(directory): \(summary.created) documents")
    } else {
        for problem in report.problems where problem.severity == .error { logger.error("content: \(problem)") }
        logger.error("the content folder has errors and was not loaded; run `nexus content check \(directory)`")
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
