import Foundation
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("The case library through the application layer")
struct CaseLibraryTests {
    static func user(_ roles: Set<Role>) -> User {
        User(id: UserID("u-\(roles.map(\.rawValue).sorted().joined())"), email: "u@example.org", name: "U", preferredLanguage: .en, roles: roles)
    }

    static let editor = Principal.session(user([.editor]))
    static let officer = Principal.session(user([.programmeOfficer]))

    static func record(_ id: CaseID, level: PublicationLevel = .public, status: CaseStatus = .published, roles: Set<Role> = []) -> NexusCase {
        NexusCase(
            id: id, status: status, publication: level, restrictedTo: roles, origin: .composite,
            title: TranslatableText("Quartzite smuggling ring \(id)"), summary: TranslatableText("Quartzite was smuggled across the border."),
            regions: ["balkans"], form: .transactional, stage: .coexistence, practices: ["consistent-legal-frameworks"],
            sources: [CaseSource(id: "s1", citation: "A report", grade: AdmiraltyGrade(.c, .possible))],
            actors: [CaseActor(id: "a1", type: .organisedCrimeGroup, alias: TranslatableText("Group A"))])
    }

    @Test("officers write drafts but cannot publish; editors publish; others may not write", arguments: TestEngine.available)
    func permissions(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            let draft = Self.record("officer-draft", status: .draft)
            let saved = try await services.cases.save(draft, expectedRevision: nil, as: Self.officer, by: .commandLine)
            guard case .success(let stored) = saved else {
                Issue.record("\(saved)")
                return
            }
            var published = draft
            published.status = .published
            let refused = try await services.cases.save(published, expectedRevision: stored.stored.revision, as: Self.officer, by: .commandLine)
            #expect(refused.failure == .forbidden)
            let viewer = try await services.cases.save(draft, expectedRevision: nil, as: .session(Self.user([.viewer])), by: .commandLine)
            #expect(viewer.failure == .forbidden)
            let edited = try await services.cases.save(published, expectedRevision: stored.stored.revision, as: Self.editor, by: .commandLine)
            #expect(edited.success?.stored.revision == 2)
            // Once published, the officer may no longer change it.
            let late = try await services.cases.save(draft, expectedRevision: 2, as: Self.officer, by: .commandLine)
            #expect(late.failure == .forbidden)
            #expect(try await services.cases.delete("officer-draft", as: Self.officer, by: .commandLine).failure == .forbidden)
            #expect(try await services.cases.delete("officer-draft", as: Self.editor, by: .commandLine).success == true)
        }
    }

    @Test("names of people need confirming; invalid cases are refused with every problem", arguments: TestEngine.available)
    func checks(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            var named = Self.record("named")
            named.actors[0].alias = TranslatableText("Ahmed Kamal")
            let first = try await services.cases.save(named, expectedRevision: nil, as: Self.editor, by: .commandLine)
            #expect(first.failure == .needsConfirmation([CaseWarning(field: "actors.a1.alias", text: "Ahmed Kamal")]))
            #expect(try await services.cases.read("named", as: Self.editor) == nil)
            let confirmed = try await services.cases.save(named, expectedRevision: nil, confirmedNames: true, as: Self.editor, by: .commandLine)
            #expect(confirmed.success != nil)
            var invalid = Self.record("invalid")
            invalid.regions = ["atlantis"]
            invalid.practices = ["gp-99"]
            let refused = try await services.cases.save(invalid, expectedRevision: nil, as: Self.editor, by: .commandLine)
            #expect(
                refused.failure
                    == .invalid([CaseProblem("regions", .unknownReference("atlantis")), CaseProblem("practices", .unknownReference("gp-99"))]))
        }
    }

    @Test("search and the public index show a case only to those who may read it", arguments: TestEngine.available)
    func visibility(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            let generation = services.store.state.generation
            for (id, level, roles) in [
                ("open", PublicationLevel.public, Set<Role>()), ("members", .registered, []), ("trainers", .restricted, [Role.facilitator]),
            ] {
                let result = try await services.cases.save(
                    Self.record(CaseID(id), level: level, roles: roles), expectedRevision: nil, as: Self.editor, by: .commandLine)
                #expect(result.success != nil)
            }
            func found(_ principal: Principal) async throws -> Set<String> {
                let query = SearchQuery(text: "quartzite", language: .en, kinds: [.case], audiences: CaseAccess.audiences(for: principal).words)
                return Set(try await services.search.search(query).hits.map(\.document.item))
            }
            #expect(try await found(.anonymous) == ["open"])
            #expect(try await found(.session(Self.user([.viewer]))) == ["open", "members"])
            #expect(try await found(.session(Self.user([.facilitator]))) == ["open", "members", "trainers"])
            #expect(try await found(Self.editor) == ["open", "members", "trainers"])
            // The default query, as code that forgets the audience would ask, finds public documents only.
            #expect(Set(try await services.search.search(SearchQuery(text: "quartzite", language: .en)).hits.map(\.document.item)) == ["open"])
            // The public index moved on with a new generation and holds the public case only.
            let index = services.store.state.cases.entries.map(\.id)
            #expect(index.contains("open") && !index.contains("members") && !index.contains("trainers"))
            #expect(services.store.state.generation > generation)
            #expect(services.store.state.cases.cases(exercising: "consistent-legal-frameworks").map(\.id).contains("open"))
        }
    }

    @Test("every bundled seed case loads, validates and is public, composite and searchable", arguments: TestEngine.available)
    func seeds(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            let folder = (Fixtures.bundledContent as NSString).appendingPathComponent("cases")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
            #expect(!files.isEmpty)
            let page = try await services.cases.page(CaseFilter(), as: .anonymous, limit: 100, offset: 0)
            #expect(page.total == files.count)
            for stored in page.cases {
                #expect(stored.record.origin == .composite && stored.record.status == .published)
                #expect(PersonNameCheck.warnings(for: stored.record).isEmpty, "\(stored.record.id)")
                #expect(stored.record.staleFields(in: .fr).isEmpty, "\(stored.record.id)")
            }
            // Loaded once: a second start does not load them again.
            try await services.start()
            #expect(try await services.cases.page(CaseFilter(), as: .anonymous, limit: 100, offset: 0).total == files.count)
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }

    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
