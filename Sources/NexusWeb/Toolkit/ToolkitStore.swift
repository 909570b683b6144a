public import NexusDomain
public import NexusPersistence
import Synchronization

/// Holds the published toolkit snapshot and the evidence snapshot that every read is
/// served from.
///
/// Reads take the current snapshots without waiting; a reload builds a new snapshot
/// from the database and swaps it in whole. Either reload moves the generation on, so
/// that cached pages, which show both, are rebuilt.
public final class ToolkitStore: Sendable {
    /// What one request reads: both snapshots and their generation.
    public struct State: Sendable {
        public let snapshot: ToolkitSnapshot
        public let evidence: EvidenceSnapshot
        public let generation: Int
    }

    private let current: Mutex<State>

    /// Creates a store serving `snapshot`.
    public init(snapshot: ToolkitSnapshot = .empty, evidence: EvidenceSnapshot = .empty) {
        current = Mutex(State(snapshot: snapshot, evidence: evidence, generation: 0))
    }

    /// The toolkit snapshot to serve this request from.
    public var snapshot: ToolkitSnapshot { current.withLock { $0.snapshot } }

    /// The evidence snapshot to serve this request from.
    public var evidence: EvidenceSnapshot { current.withLock { $0.evidence } }

    /// Both snapshots with their generation, a number that grows with every reload, so
    /// that anything derived from them knows when it is out of date.
    public var state: State { current.withLock { $0 } }

    /// Rebuilds the snapshot from the published content in the database and
    /// returns the problems found; items with errors are left out, not served broken.
    @discardableResult
    public func reload(from repository: ContentRepository) async throws -> [ContentProblem] {
        let result = ToolkitBuilder.build(from: try await repository.publishedDocuments())
        current.withLock { $0 = State(snapshot: result.snapshot, evidence: $0.evidence, generation: $0.generation + 1) }
        return result.problems
    }

    /// What an evidence write changed, so that the snapshot reads only that again.
    public enum EvidenceChange: Sendable {
        /// Anything, such as an import: the whole snapshot is read again.
        case all
        /// These findings (created, changed or deleted).
        case findings(Set<String>)
        /// Participation counts.
        case participation
    }

    /// Brings the evidence snapshot up to date with the database after `change`. Refreshes
    /// run one at a time, so that the last one to finish has read the last write.
    public func refreshEvidence(_ change: EvidenceChange = .all, from repository: EvidenceRepository) async throws {
        try await refreshes.run {
            let evidence: EvidenceSnapshot
            switch change {
            case .all:
                evidence = try await repository.snapshot()
            case .findings(let ids):
                var current: [Finding] = []
                for id in ids.sorted() { if let finding = try await repository.finding(id) { current.append(finding) } }
                evidence = self.evidence.replacingFindings(ids, with: current)
            case .participation:
                evidence = self.evidence.replacingParticipation(try await repository.participation())
            }
            self.current.withLock { $0 = State(snapshot: $0.snapshot, evidence: evidence, generation: $0.generation + 1) }
        }
    }

    private let refreshes = SerialRuns()
}

/// Runs async jobs one after another.
actor SerialRuns {
    private var last: Task<Void, any Error>?

    func run(_ job: @escaping @Sendable () async throws -> Void) async throws {
        let previous = last
        let next = Task {
            _ = await previous?.result
            try await job()
        }
        last = next
        try await next.value
    }
}
