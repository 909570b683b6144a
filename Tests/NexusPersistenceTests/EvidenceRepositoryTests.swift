import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("Evidence records on both engines")
struct EvidenceRepositoryTests {
    static let actor = Accounts.Actor(userID: nil, label: "officer@example.org", client: "10.0.0.9")

    static func finding(_ id: String, region: String = "balkans", text: String = "Smugglers move people and arms.") -> Finding {
        Finding(id: id, meeting: "tirana-2018", region: region, kind: .manifestation, nexusForm: .transactional,
                countries: ["XK", "AL"], markets: [.armsTrafficking, .humanSmuggling], factors: [.corruption],
                practices: ["strengthen-anti-corruption-law"], source: "https://example.org/report", confidence: .confirmed,
                texts: [.en: text, .ar: "ينقل المهربون الأشخاص والأسلحة."])
    }

    static func auditActions(_ database: NexusDatabase) async throws -> [String] {
        try await AuditLog(database: database).entries(limit: 1000).map(\.action).reversed()
    }

    @Test("a finding is stored whole, read back the same, changed, left alone when unchanged, and deleted; each write audited",
          arguments: TestEngine.available)
    func findings(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            #expect(try await evidence.save(Self.finding("bk-1"), by: Self.actor) == .created)
            #expect(try await evidence.finding("bk-1") == Self.finding("bk-1").normalized)
            #expect(try await evidence.save(Self.finding("bk-1"), by: Self.actor) == .unchanged)
            var changed = Self.finding("bk-1", text: "Changed.")
            changed.texts[.ar] = nil
            changed.markets = [.heroin]
            #expect(try await evidence.save(changed, by: Self.actor) == .updated)
            let read = try await evidence.finding("bk-1")
            #expect(read?.texts == [.en: "Changed."] && read?.markets == [.heroin])
            #expect(try await evidence.deleteFinding("bk-1", by: Self.actor))
            #expect(try await evidence.deleteFinding("bk-1", by: Self.actor) == false)
            #expect(try await evidence.snapshot().findings.isEmpty)
            #expect(try await Self.auditActions(database) == ["finding.save", "finding.save", "finding.delete"])
            let entry = try #require(try await AuditLog(database: database).entries(limit: 1).first)
            #expect(entry.actor == "officer@example.org" && entry.client == "10.0.0.9" && entry.before?.contains("Changed.") == true)
        }
    }

    @Test("an import says what it created, updated and left alone, and audits each finding it wrote",
          arguments: TestEngine.available)
    func imports(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            #expect(try await evidence.importFindings([Self.finding("a"), Self.finding("b")], by: Self.actor) == [.created: 2])
            let second = [Self.finding("a"), Self.finding("b", text: "Changed."), Self.finding("c", region: "horn-east-africa")]
            #expect(try await evidence.importFindings(second, by: Self.actor) == [.unchanged: 1, .updated: 1, .created: 1])
            #expect(try await evidence.snapshot().findings.map(\.id) == ["a", "b", "c"])
            #expect(try await Self.auditActions(database) == Array(repeating: "finding.import", count: 4))
        }
    }

    @Test("a large import compares with everything stored read at once, and tells changed from unchanged just the same",
          arguments: TestEngine.available)
    func largeImport(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let many = (1...(EvidenceRepository.readAllAbove + 10)).map { Self.finding("f-\($0)") }
            #expect(try await evidence.importFindings(many, by: Self.actor) == [.created: many.count])
            var again = many
            again[7] = Self.finding("f-8", text: "Changed.")
            again.append(Self.finding("f-new"))
            #expect(try await evidence.importFindings(again, by: Self.actor) == [.unchanged: many.count - 1, .updated: 1, .created: 1])
            #expect(try await evidence.finding("f-8")?.texts[.en] == "Changed.")
        }
    }

    @Test("participation counts are replaced per meeting, zero counts dropped, and audited once per changed meeting",
          arguments: TestEngine.available)
    func participation(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let first = [ParticipationCount(meeting: "tirana-2018", category: .academia, count: 4),
                         ParticipationCount(meeting: "tirana-2018", category: .government, country: "AL", count: 12),
                         ParticipationCount(meeting: "nairobi-2018", category: .civilSociety, count: 0)]
            #expect(try await evidence.replaceParticipation(first, by: Self.actor) == ["tirana-2018"])
            #expect(try await evidence.replaceParticipation(first, by: Self.actor).isEmpty, "nothing changed")
            let second = [ParticipationCount(meeting: "tirana-2018", category: .privateSector, count: 2)]
            #expect(try await evidence.replaceParticipation(second, by: Self.actor) == ["tirana-2018"])
            #expect(try await evidence.snapshot().participation == second)
            #expect(try await evidence.replaceParticipation([], meetings: ["tirana-2018"], by: Self.actor) == ["tirana-2018"])
            #expect(try await evidence.snapshot().participation.isEmpty)
            #expect(try await Self.auditActions(database) == ["participation.replace", "participation.replace", "participation.replace"])
        }
    }

    @Test("participants are kept per meeting, erased on request, and the audit log does not copy their names",
          arguments: TestEngine.available)
    func participants(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let person = NamedParticipant(id: "p-1", meeting: "tirana-2018", name: "Arta Hoxha", organisation: "Ministry",
                                          category: .government, country: "AL", consentDate: "2018-02-14")
            try await evidence.addParticipant(person, by: Self.actor)
            #expect(try await evidence.participants(of: "tirana-2018") == [person])
            #expect(try await evidence.participants(of: "nairobi-2018").isEmpty)
            #expect(try await evidence.removeParticipant("p-1", meeting: "nairobi-2018", by: Self.actor) == false)
            #expect(try await evidence.removeParticipant("p-1", meeting: "tirana-2018", by: Self.actor))
            #expect(try await evidence.participants(of: "tirana-2018").isEmpty)
            let log = try await AuditLog(database: database).entries(limit: 10)
            #expect(log.map(\.action) == ["participant.remove", "participant.add"])
            #expect(log.allSatisfy { !($0.before ?? "").contains("Arta") && !($0.after ?? "").contains("Arta") })
        }
    }

    @Test("a seed loads once: a finding deleted afterwards does not come back", arguments: TestEngine.available)
    func seeds(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            #expect(try await evidence.seedFindings(named: "evidence/findings.csv", [Self.finding("s-1"), Self.finding("s-2")]) == 2)
            #expect(try await evidence.deleteFinding("s-1", by: Self.actor))
            #expect(try await evidence.seedFindings(named: "evidence/findings.csv", [Self.finding("s-1"), Self.finding("s-2")]) == nil)
            #expect(try await evidence.snapshot().findings.map(\.id) == ["s-2"])
        }
    }
}
