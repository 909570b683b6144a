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

    /// Rebuilds the evidence snapshot from the database.
    public func reloadEvidence(from repository: EvidenceRepository) async throws {
        let evidence = try await repository.snapshot()
        current.withLock { $0 = State(snapshot: $0.snapshot, evidence: evidence, generation: $0.generation + 1) }
    }
}
