import Foundation
public import Logging
import NexusDomain
public import NexusPersistence

/// The application layer, assembled once per process: the database, the snapshots every
/// read is served from, the event bus, search, and the use cases of each feature. The web
/// server, the command line and (later) the exporters and the live-session hub all work
/// through it.
public final class NexusServices: Sendable {
    public let database: NexusDatabase
    public let store: ToolkitStore
    public let bus: EventBus
    public let search: SearchIndex
    public let writes: WritePipeline
    public let accounts: Accounts
    public let content: ContentRepository
    public let publishing: ContentPublishing
    public let meetings: MeetingRecording
    public let contentImport: ContentImport
    public let evidence: EvidenceRecording
    public let cases: CaseLibrary
    public let caseExchange: CaseExchange
    public let scenarios: ScenarioDesign
    public let exerciseLibrary: ExerciseLibrary
    public let settings: ApplicationSettings
    public let logger: Logger

    /// Assembles the services over an open `database`; nothing is read yet (see ``start()``).
    public init(database: NexusDatabase, settings: ApplicationSettings, logger: Logger, throttleFirstDelay: Duration = .seconds(1)) {
        self.database = database
        self.settings = settings
        self.logger = logger
        store = ToolkitStore(database: database)
        bus = EventBus(database: database, logger: logger)
        search = SearchIndex(database: database)
        writes = WritePipeline(database: database, store: store, bus: bus, logger: logger)
        accounts = Accounts(
            database: database, hasher: PasswordHasher(cost: settings.bcryptCost),
            sessionIdleTimeout: settings.sessionIdleTimeout, sessionLifetime: settings.sessionLifetime,
            throttleFirstDelay: throttleFirstDelay)
        content = ContentRepository(database: database)
        publishing = ContentPublishing(writes: writes, store: store, content: content)
        meetings = MeetingRecording(publishing: publishing)
        contentImport = ContentImport(writes: writes, store: store)
        evidence = EvidenceRecording(
            writes: writes, store: store, records: EvidenceRepository(database: database),
            keys: IdempotencyKeys(database: database))
        cases = CaseLibrary(writes: writes, store: store, records: CaseRepository(database: database))
        caseExchange = CaseExchange(library: cases, writes: writes, store: store)
        scenarios = ScenarioDesign(writes: writes, store: store, records: ScenarioRepository(database: database))
        exerciseLibrary = ExerciseLibrary(writes: writes, scenarios: scenarios, records: ExerciseLibraryRepository(database: database))
    }

    /// Brings the database up to date and loads what the server serves: migrations, the
    /// bundled content on first start, the snapshots, the evidence seed once per
    /// installation, the search documents that are missing or out of date, and the first
    /// administrator when one is configured and there is no account yet.
    public func start() async throws {
        try await Migrator(database: database, logger: logger).migrate()
        if try await !content.hasPublishedContent() { try await importBundledContent() }
        try await store.loadAll()
        for problem in store.problems where problem.severity == .error { logger.warning("content problem: \(problem)") }
        try await EvidenceSeeding.seed(from: settings.contentDirectory, writes: writes, store: store, logger: logger)
        try await CaseSeeding.seed(from: settings.contentDirectory, database: database, writes: writes, store: store, logger: logger)
        try await ScenarioSeeding.seed(from: settings.contentDirectory, database: database, writes: writes, store: store, logger: logger)
        try await synchronizeSearch()
        try await createInitialAdmin()
    }

    /// A service that keeps this instance's snapshots in step with other instances.
    public func follower() -> SnapshotFollower {
        SnapshotFollower(bus: bus, store: store, logger: logger, catchUpInterval: settings.catchUpInterval)
    }

    /// Writes the search documents that are missing or differ from what the snapshots
    /// imply; a start with nothing changed reads the fingerprints and writes nothing.
    func synchronizeSearch() async throws {
        let state = store.state
        let toolkit = try await search.synchronize(source: ToolkitSearchSource.source, with: ToolkitSearchSource.documents(from: state.snapshot))
        let findings = try await search.synchronize(
            source: EvidenceSearchSource.source,
            with: state.evidence.findings.flatMap { EvidenceSearchSource.documents(of: $0, snapshot: state.snapshot) })
        let cases = try await self.cases.synchronizeSearch(search)
        let written = toolkit.written + findings.written + cases.written
        let removed = toolkit.removed + findings.removed + cases.removed
        if written + removed > 0 { logger.info("search: wrote \(written) documents, removed \(removed)") }
    }

    private func importBundledContent() async throws {
        let directory = settings.contentDirectory
        guard FileManager.default.fileExists(atPath: directory) else {
            logger.warning("no content folder at \(directory); the toolkit starts empty (set --content-dir or NEXUS_CONTENT_DIR)")
            return
        }
        let report = try await contentImport.importFolder(directory, by: .firstStart)
        if let summary = report.summary {
            logger.info("loaded the bundled content from \(directory): \(summary.created) documents")
        } else {
            for problem in report.problems where problem.severity == .error { logger.error("content: \(problem)") }
            logger.error("the content folder has errors and was not loaded; run `nexus content check \(directory)`")
        }
    }

    private func createInitialAdmin() async throws {
        guard let admin = settings.initialAdmin, try await accounts.users.count() == 0 else { return }
        do {
            let user = try await accounts.createUser(
                email: admin.email, name: String(admin.email.split(separator: "@").first ?? "admin"), password: admin.password,
                roles: [.admin], by: .firstStart)
            logger.info("created the first administrator, \(user.email)")
        } catch let failure as Accounts.Failure {
            throw InvalidInitialAdmin(failure: failure)
        }
    }
}

/// The configured first administrator cannot be created.
public struct InvalidInitialAdmin: Error, CustomStringConvertible {
    /// Why.
    public let failure: Accounts.Failure
    public var description: String { "NEXUS_ADMIN_EMAIL/NEXUS_ADMIN_PASSWORD: \(failure)" }
}
