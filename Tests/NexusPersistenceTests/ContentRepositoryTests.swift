import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("Storing and publishing content on both engines")
struct ContentRepositoryTests {
    private static func document(_ slug: String, _ language: Language = .en, title: String = "Title") -> ContentDocument {
        ContentDocument(
            kind: .actor, slug: slug, language: language,
            fields: [
                "title": .string(title), "summary": .string("Summary — ملخص — përmbledhje"),
                "status": .string("confirmed"), "sources": .list([.string("https://example.org")]),
            ],
            body: "Body with **Markdown**, العربية and ë.")
    }

    private static func publish(_ documents: [ContentDocument], in database: NexusDatabase) async throws -> ContentRepository.ImportSummary {
        try await database.write { try await ContentRepository.importDocuments(documents, by: .commandLine, in: $0) }
    }

    @Test("published documents read back exactly as written", arguments: TestEngine.available)
    func roundTrip(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let repository = ContentRepository(database: database)
            let written = [Self.document("police"), Self.document("police", .ar, title: "الشرطة")]
            let summary = try await Self.publish(written, in: database)
            #expect(summary.created == 2 && summary.updated == 0 && summary.unchanged == 0)
            let read = try await repository.publishedDocuments()
            #expect(Set(read) == Set(written))
            #expect(try await repository.hasPublishedContent())
        }
    }

    @Test("publishing the same documents twice changes nothing; a change makes a new revision", arguments: TestEngine.available)
    func idempotent(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let repository = ContentRepository(database: database)
            _ = try await Self.publish([Self.document("police")], in: database)
            let twice = try await Self.publish([Self.document("police")], in: database)
            #expect(twice.unchanged == 1 && !twice.changedAnything && twice.written.isEmpty)
            let changed = try await Self.publish([Self.document("police", title: "New")], in: database)
            #expect(changed.updated == 1 && changed.written == [Self.document("police").key])
            #expect(try await repository.publishedDocuments().first?.fields["title"] == .string("New"))
            let rows: [any SQLRow] = try await database.sql.raw("SELECT revision FROM content_revisions ORDER BY revision").all()
            #expect(try rows.map { try $0.decode(column: "revision", as: Int.self) } == [1, 2])
        }
    }

    @Test("a transaction that fails writes nothing", arguments: TestEngine.available)
    func rollback(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            struct Stop: Error {}
            await #expect(throws: Stop.self) {
                try await database.transaction { db in
                    try await db.raw("INSERT INTO content_items (kind, slug, created_at) VALUES ('actor', 'ghost', 'now')").perform()
                    throw Stop()
                }
            }
            let rows: [any SQLRow] = try await database.sql.raw("SELECT slug FROM content_items").all()
            #expect(rows.isEmpty)
        }
    }

    @Test("the schema enforces its rules: no revision without an item", arguments: TestEngine.available)
    func foreignKeys(engine: TestEngine) async throws {
        _ = try await TestDatabase.withDatabase(engine) { database throws in
            await #expect(throws: (any Error).self) {
                try await database.sql.raw(
                    """
                    INSERT INTO content_revisions (id, kind, slug, language, revision, state, fields, body, content_hash, origin, created_at)
                    VALUES ('r1', 'actor', 'nobody', 'en', 1, 'published', '{}', '', 'h', 'test', 'now')
                    """
                ).perform()
            }
        }
    }
}

@Suite("Editors saving revisions")
struct ContentRevisionTests {
    @Test("editors saving one item at the same moment get consecutive revision numbers", arguments: TestEngine.available)
    func concurrentSaves(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let repository = ContentRepository(database: database)
            let saves = 8
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...saves {
                    group.addTask {
                        let document = ContentDocument(
                            kind: .actor, slug: "police", language: .en,
                            fields: ["title": .string("Draft \(number)")], body: "")
                        _ = try await database.write {
                            try await ContentRepository.save(document, base: nil, publish: false, by: .commandLine, in: $0)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let numbers = try await repository.revisions(of: .init(kind: .actor, slug: "police"), language: .en).map(\.number)
            #expect(numbers == Array((1...saves).reversed()))
        }
    }
}
