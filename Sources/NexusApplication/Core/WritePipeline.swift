public import Logging
public import NexusDomain
public import NexusPersistence

/// The one way a use case writes: its rows, their audit entry, their search documents and
/// the data versions in one transaction; then, after the commit, this instance's snapshots
/// brought up to date and the other instances told.
///
/// What follows the commit cannot fail the request: the write is done and the user is told
/// so. A refresh that fails is logged and made good by the next catch-up (see
/// ``SnapshotFollower``); an event that cannot be sent is logged, and other instances find
/// the change when they next compare data versions.
public struct WritePipeline: Sendable {
    /// What a write produced: its result, and what it changed for the snapshots.
    public struct Written<Value: Sendable>: Sendable {
        public let value: Value
        public let changes: [DataChange]

        /// A result and the changes that produced it; no changes when nothing was written.
        public init(_ value: Value, changes: [DataChange]) {
            self.value = value
            self.changes = changes
        }
    }

    let database: NexusDatabase
    let store: ToolkitStore
    let bus: EventBus
    let logger: Logger

    /// Creates a pipeline writing to `database` and refreshing `store`.
    public init(database: NexusDatabase, store: ToolkitStore, bus: EventBus, logger: Logger) {
        self.database = database
        self.store = store
        self.bus = bus
        self.logger = logger
    }

    /// Runs `write` in one transaction and, once it has committed, applies its changes.
    public func run<Value: Sendable>(
        _ write: @escaping @Sendable (WriteTransaction) async throws -> Written<Value>
    ) async throws -> Value {
        let (value, committed) = try await database.write { transaction in
            let written = try await write(transaction)
            var committed: [(DataChange, Int)] = []
            for change in written.changes {
                committed.append((change, try await DataVersions.bump(change.family, in: transaction)))
            }
            return (written.value, committed)
        }
        await afterCommit(committed)
        return value
    }

    private func afterCommit(_ committed: [(DataChange, Int)]) async {
        for (change, version) in committed {
            do {
                try await store.apply(change, version: version)
            } catch {
                logger.error("a write was saved, but this instance could not refresh its \(change.family) snapshot; the next catch-up will: \(error)")
            }
        }
        for (change, version) in committed {
            do {
                try await bus.publish(change.event(version: version))
            } catch {
                logger.error("a write was saved, but other instances could not be told; they will find it on their next catch-up: \(error)")
            }
        }
    }
}
