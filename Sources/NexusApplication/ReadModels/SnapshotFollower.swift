import Logging
import NexusDomain
import NexusPersistence
public import ServiceLifecycle

/// Keeps this instance's snapshots in step with what other instances (or the command line)
/// write: runs the event bus's listener, follows each event from elsewhere, and catches up
/// from the data versions each time the listener (re)connects — events sent while it was not
/// listening are otherwise lost — and every `catchUpInterval`, which also brings in what a
/// `nexus` command wrote to a SQLite file a running server shares.
public struct SnapshotFollower: Service {
    let bus: EventBus
    let store: ToolkitStore
    let logger: Logger
    let catchUpInterval: Duration

    /// Creates a follower; `catchUpInterval` is how often it compares data versions unasked.
    public init(bus: EventBus, store: ToolkitStore, logger: Logger, catchUpInterval: Duration = .seconds(15)) {
        self.bus = bus
        self.store = store
        self.logger = logger
        self.catchUpInterval = catchUpInterval
    }

    public func run() async throws {
        let deliveries = bus.subscribe()
        try await cancelWhenGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await bus.run() }
                group.addTask {
                    for await delivery in deliveries {
                        switch delivery {
                        case .listening:
                            await catchUp()
                        case .message(let message) where message.origin != bus.instanceID:
                            await follow(message.event)
                        case .message:
                            continue
                        }
                    }
                }
                group.addTask {
                    while (try? await Task.sleep(for: catchUpInterval)) != nil {
                        await catchUp()
                    }
                }
                try await group.waitForAll()
            }
        }
        bus.finish()
    }

    private func follow(_ event: NexusEvent) async {
        do {
            try await store.apply(DataChange(event), version: event.version)
        } catch {
            logger.error("could not follow \(event): \(error)")
        }
    }

    private func catchUp() async {
        do {
            try await store.catchUp()
        } catch {
            logger.error("could not catch up with the database: \(error)")
        }
    }
}
