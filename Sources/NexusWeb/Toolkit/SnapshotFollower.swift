import Logging
import NexusDomain
import NexusPersistence
import ServiceLifecycle

/// Keeps this instance's snapshots in step with content published and evidence recorded elsewhere:
/// runs the event bus's listener and rebuilds the snapshot when another instance (or
/// `nexus content import`) reports published content. What this instance publishes
/// itself it has rebuilt already, before answering the editor.
struct SnapshotFollower: Service {
    let bus: EventBus
    let store: ToolkitStore
    let content: ContentRepository
    let evidence: EvidenceRepository
    let logger: Logger

    func run() async throws {
        let messages = bus.subscribe()
        try await cancelWhenGracefulShutdown {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await bus.run() }
                group.addTask {
                    for await message in messages where message.origin != bus.instanceID {
                        await follow(message.event)
                    }
                }
                try await group.waitForAll()
            }
        }
        bus.finish()
    }

    private func follow(_ event: NexusEvent) async {
        switch event {
        case .contentPublished, .contentImported:
            do {
                try await store.reload(from: content)
            } catch {
                logger.error("could not rebuild the toolkit after \(event): \(error)")
            }
        case .evidenceChanged:
            do {
                try await store.refreshEvidence(from: evidence)
            } catch {
                logger.error("could not rebuild the evidence after \(event): \(error)")
            }
        }
    }
}
