import Logging
import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("The event bus")
struct EventBusTests {
    private static let event = NexusEvent.contentPublished(
        [ContentDocumentKey(item: ContentItemID(kind: .practice, slug: "first"), language: .fr)], version: 7)

    @Test("on SQLite, subscribers in the process receive what is published, with its origin")
    func inProcess() async throws {
        try await TestDatabase.withDatabase(.sqlite) { database throws in
            let bus = EventBus(database: database, logger: TestDatabase.logger, instanceID: "one")
            var messages = bus.subscribe().makeAsyncIterator()
            try await bus.run()
            #expect(await messages.next() == .listening, "a start is announced, so that followers catch up")
            try await bus.publish(Self.event)
            #expect(await messages.next() == .message(NexusEventMessage(origin: "one", event: Self.event)))
        }
    }

    @Test(
        "on PostgreSQL, an event published by one instance reaches another, again after a lost connection (which is announced), and never a deployment in another schema"
    )
    func betweenInstances() async throws {
        guard TestEngine.available.contains(.postgresql) else { return }
        let shared = try await TestDatabase.make(.postgresql)
        let other = try await TestDatabase.make(.postgresql)
        let first = try await NexusDatabase.open(shared.location, logger: TestDatabase.logger)
        let second = try await NexusDatabase.open(shared.location, logger: TestDatabase.logger)
        let elsewhere = try await NexusDatabase.open(other.location, logger: TestDatabase.logger)
        let sender = EventBus(database: first, logger: TestDatabase.logger, instanceID: "sender")
        let receiver = EventBus(database: second, logger: TestDatabase.logger, instanceID: "receiver")
        let stranger = EventBus(database: elsewhere, logger: TestDatabase.logger, instanceID: "stranger")
        var received = receiver.subscribe().makeAsyncIterator()
        var overheard = stranger.subscribe().makeAsyncIterator()
        let listeners = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await receiver.run() }
                group.addTask { try await stranger.run() }
                try await group.waitForAll()
            }
        }
        #expect(await receiver.waitUntilListening())
        #expect(await stranger.waitUntilListening())
        #expect(await received.next() == .listening)
        try await sender.publish(Self.event)
        try await sender.publish(.contentImported(version: 3))
        #expect(await received.next() == .message(NexusEventMessage(origin: "sender", event: Self.event)))
        #expect(await received.next() == .message(NexusEventMessage(origin: "sender", event: .contentImported(version: 3))))
        // A cut connection (a database restart, a network blip) is reopened, and events flow again.
        try await first.sql.raw(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()
            """
        ).perform()
        let clock = ContinuousClock()
        let cut = clock.now
        while receiver.isListening && clock.now - cut < .seconds(5) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(await receiver.waitUntilListening())
        #expect(await received.next() == .listening, "a reconnection is announced: the moment to catch up")
        try await sender.publish(.contentImported(version: 4))
        #expect(await received.next() == .message(NexusEventMessage(origin: "sender", event: .contentImported(version: 4))))
        #expect(await stranger.waitUntilListening())
        // The stranger's channel gets a marker of its own; it must come first.
        try await EventBus(database: elsewhere, logger: TestDatabase.logger, instanceID: "marker").publish(.contentImported(version: 0))
        // It was cut too (it listens on the same server), so it may announce listening twice.
        var heard = await overheard.next()
        while heard == .listening { heard = await overheard.next() }
        #expect(heard == .message(NexusEventMessage(origin: "marker", event: .contentImported(version: 0))))
        listeners.cancel()
        _ = await listeners.result
        for database in [first, second, elsewhere] { try await database.close() }
        try await shared.remove()
        try await other.remove()
    }
}
