public import NexusDomain
public import NexusPersistence
import Synchronization

/// Holds the published toolkit snapshot that every read is served from.
///
/// Reads take the current snapshot without waiting; a reload builds a new
/// snapshot from the database and swaps it in whole.
public final class ToolkitStore: Sendable {
    private let current: Mutex<(snapshot: ToolkitSnapshot, generation: Int)>

    /// Creates a store serving `snapshot`.
    public init(snapshot: ToolkitSnapshot = .empty) {
        current = Mutex((snapshot, 0))
    }

    /// The snapshot to serve this request from.
    public var snapshot: ToolkitSnapshot { current.withLock { $0.snapshot } }

    /// The snapshot with its generation, a number that grows with every reload, so
    /// that anything derived from a snapshot knows when it is out of date.
    public var versioned: (snapshot: ToolkitSnapshot, generation: Int) { current.withLock { $0 } }

    /// Rebuilds the snapshot from the published content in the database and
    /// returns the problems found; items with errors are left out, not served broken.
    @discardableResult
    public func reload(from repository: ContentRepository) async throws -> [ContentProblem] {
        let result = ToolkitBuilder.build(from: try await repository.publishedDocuments())
        current.withLock { $0 = (result.snapshot, $0.generation + 1) }
        return result.problems
    }
}
