import Foundation
import Logging
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

/// The snapshots every read is served from, kept in step with the database: by the
/// instance that writes, by the others through events, and by catching up on what no
/// event told them.
@Suite("The snapshot store and its refreshes")
struct ToolkitStoreTests {
    static func police(_ title: String) -> ContentDocument {
        ContentDocument(
            kind: .actor, slug: "police", language: .en,
            fields: [
                "title": .string(title), "summary": .string("Officers."), "status": .string("confirmed"),
                "sources": .list([.string("https://example.org")]),
            ],
            body: "Police services.")
    }

    @Test(
        "many publishes at once: the snapshot ends with the revision the database has, under a generation that only grew",
        arguments: TestEngine.available)
    func concurrentPublishes(engine: TestEngine) async throws {
        try await TestServices.run(engine, start: true) { services in
            let before = services.store.state.generation
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...6 {
                    group.addTask {
                        _ = try await services.publishing.save(
                            Self.police("Police \(number)"), base: nil, publish: true,
                            by: .commandLine)
                    }
                }
                try await group.waitForAll()
            }
            let stored = try await services.content.publishedDocuments().first { $0.key == Self.police("").key }
            let served = services.store.snapshot.actor(slug: "police")?.info.text.source.title
            #expect(served == stored?.fields["title"]?.stringValue)
            #expect(services.store.state.generation > before)
            #expect(services.store.versions[.content] == (try await DataVersions(database: services.database).current()[.content]))
        }
    }

    @Test("a write by another instance that sent no event is caught up from the data versions", arguments: TestEngine.available)
    func catchUp(engine: TestEngine) async throws {
        try await TestServices.run(engine, start: true) { services in
            // A second instance on the same database, whose events nobody hears.
            let other = NexusServices(database: services.database, settings: services.settings, logger: TestDatabase.logger)
            try await other.store.loadAll()
            _ = try await other.publishing.save(Self.police("Police renamed elsewhere"), base: nil, publish: true, by: .commandLine)
            #expect(services.store.snapshot.actor(slug: "police")?.info.text.source.title != "Police renamed elsewhere")
            try await services.store.catchUp()
            #expect(services.store.snapshot.actor(slug: "police")?.info.text.source.title == "Police renamed elsewhere")
        }
    }

    @Test(
        "an event whose version skips one reads the whole family again, so the missed write arrives too",
        arguments: TestEngine.available)
    func missedEvent(engine: TestEngine) async throws {
        try await TestServices.run(engine, start: true) { services in
            let other = NexusServices(database: services.database, settings: services.settings, logger: TestDatabase.logger)
            try await other.store.loadAll()
            var concept = try #require(other.store.documents.values.first { $0.kind == .concept && $0.language == .en })
            concept.fields["title"] = .string("A missed change")
            _ = try await other.publishing.save(concept, base: nil, publish: true, by: .commandLine)
            _ = try await other.publishing.save(
                Self.police("The change whose event arrives"), base: nil, publish: true,
                by: .commandLine)
            let version = try #require(try await DataVersions(database: services.database).current()[.content])
            try await services.store.apply(.content([Self.police("").key]), version: version)
            #expect(services.store.snapshot.actor(slug: "police")?.info.text.source.title == "The change whose event arrives")
            #expect(services.store.snapshot.conceptSection(slug: concept.slug)?.info.text.source.title == "A missed change")
        }
    }

    @Test("on PostgreSQL, a publish made while the listener was cut reaches the follower when it reconnects")
    func reconnectCatchesUp() async throws {
        guard TestEngine.available.contains(.postgresql) else { return }
        try await TestServices.run(.postgresql, start: true) { services in
            let second = try await NexusDatabase.open(services.database.location, logger: TestDatabase.logger)
            do {
                try await Self.publishDuringOutage(services, writer: second)
            } catch {
                try? await second.close()
                throw error
            }
            try await second.close()
        }
    }

    private static func publishDuringOutage(_ services: NexusServices, writer: NexusDatabase) async throws {
        let other = NexusServices(database: writer, settings: services.settings, logger: TestDatabase.logger)
        try await other.store.loadAll()
        // A long catch-up interval: only the reconnection may bring the change in.
        let follower = SnapshotFollower(
            bus: services.bus, store: services.store, logger: TestDatabase.logger,
            catchUpInterval: .seconds(3600))
        let running = Task { try await follower.run() }
        defer { running.cancel() }
        #expect(await services.bus.waitUntilListening())
        try await services.database.sql.raw(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()
            """
        ).perform()
        // Published while nobody listens: its event is lost.
        _ = try await other.publishing.save(police("Published during the outage"), base: nil, publish: true, by: .commandLine)
        let clock = ContinuousClock()
        let start = clock.now
        while services.store.snapshot.actor(slug: "police")?.info.text.source.title != "Published during the outage",
            clock.now - start < .seconds(15)
        {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(services.store.snapshot.actor(slug: "police")?.info.text.source.title == "Published during the outage")
        running.cancel()
        _ = await running.result
    }
}
