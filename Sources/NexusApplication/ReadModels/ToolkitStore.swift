public import NexusDomain
public import NexusPersistence
import Synchronization

/// Holds the published toolkit snapshot and the evidence snapshot that every read is
/// served from, and keeps them in step with the database.
///
/// Reads take the current snapshots without waiting. Every refresh runs after the one
/// before it has finished (so an older read can never replace a newer one) and reads the
/// database inside that turn. The store remembers the data version each snapshot was read
/// at (``DataVersions``): a change whose version follows on is read alone; one that
/// skips a version, or a catch-up that finds the database ahead, reads that family whole.
/// Each change moves the generation on, so that cached pages, which show both, are rebuilt.
public final class ToolkitStore: Sendable {
    /// What one request reads: both snapshots and their generation.
    public struct State: Sendable {
        public let snapshot: ToolkitSnapshot
        public let evidence: EvidenceSnapshot
        /// The published public cases in brief.
        public let cases: PublicCaseIndex
        /// Grows with every change, so that anything derived from the snapshots knows when it is out of date.
        public let generation: Int
    }

    private struct Stored: Sendable {
        var state: State
        /// The published documents the toolkit snapshot was built from.
        var documents: [ContentDocumentKey: ContentDocument]
        /// The data versions the snapshots were read at; absent until first read.
        var versions: [DataFamily: Int]
        /// The problems of the last build.
        var problems: [ContentProblem]
    }

    private let stored: Mutex<Stored>
    private let refreshes = SerialRuns()
    private let content: ContentRepository
    private let evidenceRecords: EvidenceRepository
    private let caseRecords: CaseRepository
    private let dataVersions: DataVersions

    /// Creates an empty store over `database`; ``loadAll()`` fills it.
    public init(database: NexusDatabase) {
        content = ContentRepository(database: database)
        evidenceRecords = EvidenceRepository(database: database)
        caseRecords = CaseRepository(database: database)
        dataVersions = DataVersions(database: database)
        stored = Mutex(
            Stored(
                state: State(snapshot: .empty, evidence: .empty, cases: .empty, generation: 0), documents: [:], versions: [:],
                problems: []))
    }

    /// The toolkit snapshot to serve this request from.
    public var snapshot: ToolkitSnapshot { stored.withLock { $0.state.snapshot } }

    /// The evidence snapshot to serve this request from.
    public var evidence: EvidenceSnapshot { stored.withLock { $0.state.evidence } }

    /// Both snapshots with their generation.
    public var state: State { stored.withLock { $0.state } }

    /// The published documents, for checking an edit against the rest of the toolkit.
    public var documents: [ContentDocumentKey: ContentDocument] { stored.withLock { $0.documents } }

    /// The problems found when the toolkit snapshot was last built; items with errors
    /// are left out of it, not served broken.
    public var problems: [ContentProblem] { stored.withLock { $0.problems } }

    /// The data versions the snapshots hold.
    public var versions: [DataFamily: Int] { stored.withLock { $0.versions } }

    /// Reads both families whole.
    public func loadAll() async throws {
        try await refreshes.run {
            let versions = try await self.dataVersions.current()
            try await self.reloadContent(at: versions[.content] ?? 0)
            try await self.reloadEvidence(at: versions[.evidence] ?? 0)
            try await self.reloadCases(at: versions[.cases] ?? 0)
        }
    }

    /// Brings the snapshots up to date after a write that produced `version` of `family`,
    /// this instance's or another's.
    public func apply(_ change: DataChange, version: Int) async throws {
        try await refreshes.run {
            let family = change.family
            let loaded = self.versions[family]
            if let loaded, loaded >= version { return }
            if loaded == version - 1 {
                try await self.read(change)
                self.stored.withLock { $0.versions[family] = version }
            } else {
                // A version was missed: what it changed is unknown, so read everything.
                let current = try await self.dataVersions.current()[family] ?? version
                try await self.reload(family, at: current)
            }
        }
    }

    /// Compares the data versions with the database's and reads whole every family that
    /// moved: after the event listener (re)connects, and now and then in case an event was lost.
    public func catchUp() async throws {
        try await refreshes.run {
            let current = try await self.dataVersions.current()
            for family in DataFamily.allCases where current[family] != self.versions[family] {
                try await self.reload(family, at: current[family] ?? 0)
            }
        }
    }

    // MARK: Reading, inside a refresh turn

    private func reload(_ family: DataFamily, at version: Int) async throws {
        switch family {
        case .content: try await reloadContent(at: version)
        case .evidence: try await reloadEvidence(at: version)
        case .cases: try await reloadCases(at: version)
        }
    }

    private func reloadContent(at version: Int) async throws {
        let documents = Dictionary(try await content.publishedDocuments().map { ($0.key, $0) }, uniquingKeysWith: { $1 })
        install(documents: documents, version: version)
    }

    private func reloadEvidence(at version: Int) async throws {
        let evidence = try await evidenceRecords.snapshot()
        stored.withLock {
            $0.state = State(snapshot: $0.state.snapshot, evidence: evidence, cases: $0.state.cases, generation: $0.state.generation + 1)
            $0.versions[.evidence] = version
        }
    }

    private func reloadCases(at version: Int?) async throws {
        let cases = try await caseRecords.publicIndex()
        stored.withLock {
            $0.state = State(snapshot: $0.state.snapshot, evidence: $0.state.evidence, cases: cases, generation: $0.state.generation + 1)
            if let version { $0.versions[.cases] = version }
        }
    }

    private func read(_ change: DataChange) async throws {
        switch change {
        case .content(let keys):
            let found = try await content.publishedDocuments(keys)
            var documents = self.documents
            for key in keys { documents[key] = found[key] }
            install(documents: documents, version: nil)
        case .contentAll:
            let documents = Dictionary(try await content.publishedDocuments().map { ($0.key, $0) }, uniquingKeysWith: { $1 })
            install(documents: documents, version: nil)
        case .evidence(let change):
            let current = evidence
            let next: EvidenceSnapshot
            switch change {
            case .all:
                next = try await evidenceRecords.snapshot()
            case .findings(let ids):
                var found: [Finding] = []
                for id in ids.sorted() { if let finding = try await evidenceRecords.finding(id) { found.append(finding) } }
                next = current.replacingFindings(ids, with: found)
            case .participation:
                next = current.replacingParticipation(try await evidenceRecords.participation())
            }
            stored.withLock {
                $0.state = State(snapshot: $0.state.snapshot, evidence: next, cases: $0.state.cases, generation: $0.state.generation + 1)
            }
        case .cases:
            try await reloadCases(at: nil)
        }
    }

    private func install(documents: [ContentDocumentKey: ContentDocument], version: Int?) {
        let result = ToolkitBuilder.build(from: Array(documents.values))
        stored.withLock {
            $0.state = State(
                snapshot: result.snapshot, evidence: $0.state.evidence, cases: $0.state.cases, generation: $0.state.generation + 1)
            $0.documents = documents
            $0.problems = result.problems
            if let version { $0.versions[.content] = version }
        }
    }
}
