import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Saving and publishing content through the application layer")
struct ContentPublishingTests {
    @Test(
        "a save from a form loaded before someone else's save is refused with their revision, and writes nothing",
        arguments: TestEngine.available)
    func staleSave(engine: TestEngine) async throws {
        try await TestServices.run(engine, start: true) { services in
            let key = ToolkitStoreTests.police("").key
            let loaded = try #require(try await services.content.latestRevision(of: key.item, language: .en))
            let first = AuditActor(userID: nil, label: "first@example.org")
            let second = AuditActor(userID: nil, label: "second@example.org")
            let saved = try await services.publishing.save(
                ToolkitStoreTests.police("First editor's title"), base: loaded.number,
                publish: true, by: first)
            guard case .success(let made) = saved else {
                Issue.record("the first save was refused")
                return
            }
            let late = try await services.publishing.save(
                ToolkitStoreTests.police("Second editor's title"), base: loaded.number,
                publish: true, by: second)
            guard case .failure(.conflict(let conflict)) = late else {
                Issue.record("the stale save was not refused")
                return
            }
            #expect(conflict.expected == loaded.number)
            #expect(conflict.current.number == made.revision.number)
            #expect(conflict.current.document.fields["title"] == .string("First editor's title"))
            #expect(services.store.snapshot.actor(slug: "police")?.info.text.source.title == "First editor's title")
            // Having seen the other change, the second editor saves against it.
            let retried = try await services.publishing.save(
                ToolkitStoreTests.police("Second editor's title"),
                base: conflict.current.number, publish: true, by: second)
            guard case .success = retried else {
                Issue.record("the informed save was refused")
                return
            }
            #expect(services.store.snapshot.actor(slug: "police")?.info.text.source.title == "Second editor's title")
        }
    }

    @Test("an invalid edit is refused with its problems, judged against the published toolkit", arguments: TestEngine.available)
    func invalid(engine: TestEngine) async throws {
        try await TestServices.run(engine, start: true) { services in
            var practice = try #require(services.store.documents.values.first { $0.kind == .practice && $0.language == .en })
            practice.fields["standards"] = .list([.string("no-such-instrument")])
            let result = try await services.publishing.save(practice, base: nil, publish: true, by: .commandLine)
            guard case .failure(.invalid(let problems)) = result else {
                Issue.record("accepted")
                return
            }
            #expect(problems.contains { $0.category == .reference && $0.message.contains("no-such-instrument") })
        }
    }

    @Test("publishing writes the item's search documents in its own transaction", arguments: TestEngine.available)
    func searchInTransaction(engine: TestEngine) async throws {
        try await TestServices.run(engine, start: true) { services in
            _ = try await services.publishing.save(
                ToolkitStoreTests.police("Gendarmerie nationale"), base: nil, publish: true,
                by: .commandLine)
            let found = try await services.search.search(SearchQuery(text: "gendarmerie", language: .en))
            #expect(found.hits.contains { $0.document.item == "police" && $0.document.title == "Gendarmerie nationale" })
        }
    }

    @Test("renaming a region rewrites the search documents of its findings, which carry its title", arguments: TestEngine.available)
    func regionRename(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            var region = try #require(services.store.documents.values.first { $0.kind == .region && $0.slug == "balkans" && $0.language == .en })
            region.fields["title"] = .string("Zzyzx Peninsula")
            _ = try await services.publishing.save(region, base: nil, publish: true, by: .commandLine)
            let found = try await services.search.search(SearchQuery(text: "zzyzx", language: .en, kinds: [.finding]))
            #expect(!found.hits.isEmpty && found.hits.allSatisfy { $0.document.kind == .finding })
        }
    }
}

@Suite("The edit checks")
struct ContentValidationTests {
    @Test("a practice that takes another's number, names missing items or itself is refused; a good one passes")
    func practice() throws {
        let snapshot = try ContentImport.check(directory: Fixtures.testContent).snapshot
        let first = try #require(snapshot.practice(.number(1)))
        var document = ContentDocument(
            kind: .practice, slug: "third", language: .en,
            fields: [
                "number": .int(1), "theme": .string("a"), "status": .string("confirmed"), "sources": .list([.string("https://e.org")]),
                "title": .string("T"), "summary": .string("S"), "related": .list([.string("third"), .string("nowhere")]),
            ],
            body: "")
        let problems = ContentValidation.problems(with: document, in: snapshot)
        #expect(problems.contains { $0.category == .duplicate && $0.message.contains(first.info.slug) })
        #expect(problems.contains { $0.message.contains("names this item itself") })
        #expect(problems.contains { $0.message.contains("practice/nowhere") || $0.message.contains("practices/nowhere") })
        document.fields["number"] = .int(77)
        document.fields["related"] = .list([.string(first.info.slug)])
        #expect(ContentValidation.problems(with: document, in: snapshot).isEmpty)
    }

    @Test("a translation needs an English text and as many key actions")
    func translation() throws {
        let snapshot = try ContentImport.check(directory: Fixtures.testContent).snapshot
        let first = try #require(snapshot.practice(.number(1)))
        let steps = first.info.text.source.keyActions.count
        var french = ContentDocument(
            kind: .practice, slug: first.info.slug, language: .fr,
            fields: [
                "title": .string("T"), "summary": .string("S"), "source_hash": .string("0"),
                "key_actions": .list(Array(repeating: .string("Étape"), count: steps + 1)),
            ],
            body: "")
        #expect(ContentValidation.problems(with: french, in: snapshot).contains { $0.message.contains("key actions") })
        french.fields["key_actions"] = .list(Array(repeating: .string("Étape"), count: steps))
        #expect(ContentValidation.problems(with: french, in: snapshot).isEmpty)
        french.slug = "unknown"
        #expect(!ContentValidation.problems(with: french, in: snapshot).isEmpty)
    }
}
