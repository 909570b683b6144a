import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("The case library's store on both engines")
struct CaseRepositoryTests {
    static let actor = AuditActor(userID: nil, label: "editor@example.org", client: "10.0.0.9")

    static func record(
        _ id: CaseID, region: RegionID = "balkans", year: String = "2015", level: PublicationLevel = .public,
        status: CaseStatus = .published, roles: Set<Role> = []
    ) -> NexusCase {
        var title = TranslatableText("Case \(id)")
        title.set("Affaire \(id)", in: .fr, source: .en)
        return NexusCase(
            id: id, status: status, publication: level, restrictedTo: roles, origin: .composite, title: title,
            summary: TranslatableText("What happened in \(id)."), periodStart: PartialDate(year), regions: [region], countries: ["AL"],
            markets: [.heroin], form: .transactional, stage: .cooperation, practices: ["consistent-legal-frameworks"],
            sources: [CaseSource(id: "s1", citation: "A report", grade: AdmiraltyGrade(.b, .probable))],
            actors: [
                CaseActor(id: "a1", type: .organisedCrimeGroup, alias: TranslatableText("Group A")),
                CaseActor(id: "a2", type: .facilitator, alias: TranslatableText("The broker")),
            ],
            relationships: [CaseRelationship(id: "r1", from: "a2", to: "a1", type: .laundersFor, source: "s1")])
    }

    static func save(_ record: NexusCase, expecting revision: Int?, in database: NexusDatabase) async throws -> StoredCase {
        try await database.write { try await CaseRepository.save(record, expectedRevision: revision, action: .caseSave, by: Self.actor, in: $0) }
            .stored
    }

    @Test(
        "a case is stored whole, read back equal, revised, refused when stale or taken, and deleted; each write audited",
        arguments: TestEngine.available)
    func lifecycle(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let cases = CaseRepository(database: database)
            let first = try await Self.save(Self.record("c-1"), expecting: nil, in: database)
            #expect(first.revision == 1)
            #expect(try await cases.stored("c-1")?.record == Self.record("c-1").normalized)
            // Saving what is stored changes nothing.
            let same = try await database.write {
                try await CaseRepository.save(Self.record("c-1"), expectedRevision: 1, action: .caseSave, by: Self.actor, in: $0)
            }
            #expect(!same.changed && same.stored.revision == 1)
            var changed = Self.record("c-1")
            changed.stage = .convergence
            let second = try await Self.save(changed, expecting: 1, in: database)
            #expect(second.revision == 2)
            // A form loaded at revision 1 is now stale: refused, with what it was loaded from.
            var other = Self.record("c-1")
            other.form = .organisational
            await #expect(throws: CaseRepository.SaveRefusal.stale(current: second, loaded: Self.record("c-1").normalized)) {
                _ = try await Self.save(other, expecting: 1, in: database)
            }
            await #expect(throws: CaseRepository.SaveRefusal.exists("c-1")) { _ = try await Self.save(other, expecting: nil, in: database) }
            await #expect(throws: CaseRepository.SaveRefusal.missing("c-9")) {
                _ = try await Self.save(Self.record("c-9"), expecting: 3, in: database)
            }
            #expect(try await cases.revision("c-1", 1)?.stage == .cooperation)
            let deleted = try await database.write { try await CaseRepository.delete("c-1", by: Self.actor, in: $0) }
            #expect(deleted?.stage == .convergence)
            #expect(try await cases.stored("c-1") == nil)
            let actions = try await AuditLog(database: database).entries(limit: 10).map(\.action).reversed()
            #expect(Array(actions) == [.caseCreate, .caseSave, .caseDelete])
        }
    }

    @Test("pages filter by facets and by who reads, count what matches, and page through it", arguments: TestEngine.available)
    func pages(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let cases = CaseRepository(database: database)
            for index in 1...25 {
                _ = try await Self.save(Self.record(CaseID("p-\(index)"), year: String(2000 + index)), expecting: nil, in: database)
            }
            _ = try await Self.save(Self.record("sahel", region: "west-africa-sahel", year: "2013"), expecting: nil, in: database)
            _ = try await Self.save(Self.record("members", level: .registered), expecting: nil, in: database)
            _ = try await Self.save(Self.record("secret", level: .restricted, roles: [.facilitator]), expecting: nil, in: database)
            _ = try await Self.save(Self.record("draft", status: .draft), expecting: nil, in: database)
            let everyone = CaseAccess.audiences(for: .anonymous)
            let page1 = try await cases.page(CaseFilter(), readable: everyone, limit: 10)
            #expect(page1.total == 26 && page1.cases.count == 10)
            #expect(page1.cases.first?.record.id == "p-25")  // the newest period first
            let page3 = try await cases.page(CaseFilter(), readable: everyone, limit: 10, offset: 20)
            #expect(page3.cases.count == 6)
            let sahel = try await cases.page(CaseFilter([.region: "west-africa-sahel"]), readable: everyone, limit: 10)
            #expect(sahel.cases.map(\.record.id) == ["sahel"])
            #expect(
                try await cases.page(CaseFilter([.year: "2013"]), readable: everyone, limit: 10).cases.map(\.record.id).sorted() == ["p-13", "sahel"])
            let facilitator = CaseAccess.audiences(
                for: .session(User(id: "f", email: "f@x.org", name: "F", preferredLanguage: .en, roles: [.facilitator])))
            let seen = try await cases.page(CaseFilter([.region: "balkans"]), readable: facilitator, limit: 100).cases.map(\.record.id)
            #expect(seen.contains("members") && seen.contains("secret") && !seen.contains("draft"))
            #expect(try await cases.page(CaseFilter(), readable: CaseAccess.Readable(all: true), limit: 100).total == 29)
            let counts = try await cases.facetCounts(CaseFilter(), readable: everyone)
            #expect(counts[.region]?.first == FacetCount(value: "balkans", count: 25))
            #expect(counts[.language]?.map(\.value).sorted() == ["en", "fr"])
            #expect(counts.keys.allSatisfy { CaseFacet.allCases.contains($0) })
            // Only public, published cases are in the index the toolkit pages show.
            #expect(try await cases.publicIndex().entries.count == 26)
        }
    }

    @Test("a stored record this build cannot read is an error, never a missing case", arguments: TestEngine.available)
    func unreadable(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            _ = try await Self.save(Self.record("c-1"), expecting: nil, in: database)
            try await database.transaction { try await $0.raw("UPDATE cases SET record = '{\"stage\": \"dissolution\"}' WHERE id = 'c-1'").perform() }
            await #expect(throws: StoredValueInvalid.self) { _ = try await CaseRepository(database: database).stored("c-1") }
        }
    }
}
