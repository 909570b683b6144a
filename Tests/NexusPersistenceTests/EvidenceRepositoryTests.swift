import NexusDomain
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

@Suite("Evidence records on both engines")
struct EvidenceRepositoryTests {
    static let actor = AuditActor(userID: nil, label: "officer@example.org", client: "10.0.0.9")

    static func finding(_ id: FindingID, region: RegionID = "balkans", text: String = "Smugglers move people and arms.") -> Finding {
        Finding(
            id: id, meeting: "tirana-2018", region: region, kind: .manifestation, nexusForm: .transactional,
            countries: ["XK", "AL"], markets: [.armsTrafficking, .humanSmuggling], factors: [.corruption],
            practices: ["strengthen-anti-corruption-law"], source: "https://example.org/report", confidence: .confirmed,
            texts: [.en: text, .ar: "ينقل المهربون الأشخاص والأسلحة."])
    }

    static func auditActions(_ database: NexusDatabase) async throws -> [String] {
        try await AuditLog(database: database).entries(limit: 1000).map(\.action.rawValue).reversed()
    }

    @Test(
        "a finding is stored whole, read back the same, changed, left alone when unchanged, and deleted; each write audited",
        arguments: TestEngine.available)
    func findings(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let written1 = try await database.write { try await EvidenceRepository.save(Self.finding("bk-1"), by: Self.actor, in: $0) }
            #expect(written1 == .created)
            #expect(try await evidence.finding("bk-1") == Self.finding("bk-1").normalized)
            let written2 = try await database.write { try await EvidenceRepository.save(Self.finding("bk-1"), by: Self.actor, in: $0) }
            #expect(written2 == .unchanged)
            var changed = Self.finding("bk-1", text: "Changed.")
            changed.texts[.ar] = nil
            changed.markets = [.heroin]
            let written3 = try await database.write { [changed] in try await EvidenceRepository.save(changed, by: Self.actor, in: $0) }
            #expect(written3 == .updated)
            let read = try await evidence.finding("bk-1")
            #expect(read?.texts == [.en: "Changed."] && read?.markets == [.heroin])
            let written4 = try await database.write { try await EvidenceRepository.deleteFinding("bk-1", by: Self.actor, in: $0) }
            #expect(written4)
            let written5 = try await database.write { try await EvidenceRepository.deleteFinding("bk-1", by: Self.actor, in: $0) }
            #expect(written5 == false)
            #expect(try await evidence.snapshot().findings.isEmpty)
            #expect(try await Self.auditActions(database) == ["finding.save", "finding.save", "finding.delete"])
            let entry = try #require(try await AuditLog(database: database).entries(limit: 1).first)
            #expect(entry.actor == "officer@example.org" && entry.client == "10.0.0.9" && entry.before?.contains("Changed.") == true)
        }
    }

    @Test(
        "an import says what it created, updated and left alone, and audits each finding it wrote",
        arguments: TestEngine.available)
    func imports(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let written6 = try await database.write {
                try await EvidenceRepository.importFindings([Self.finding("a"), Self.finding("b")], by: Self.actor, in: $0)
            }
            #expect(written6 == [.created: 2])
            let second = [Self.finding("a"), Self.finding("b", text: "Changed."), Self.finding("c", region: "horn-east-africa")]
            let written7 = try await database.write { try await EvidenceRepository.importFindings(second, by: Self.actor, in: $0) }
            #expect(written7 == [.unchanged: 1, .updated: 1, .created: 1])
            #expect(try await evidence.snapshot().findings.map(\.id) == ["a", "b", "c"])
            #expect(try await Self.auditActions(database) == Array(repeating: "finding.import", count: 4))
        }
    }

    @Test(
        "a large import compares with everything stored read at once, and tells changed from unchanged just the same",
        arguments: TestEngine.available)
    func largeImport(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let many = (1...(EvidenceRepository.readAllAbove + 10)).map { Self.finding(FindingID("f-\($0)")) }
            let written8 = try await database.write { try await EvidenceRepository.importFindings(many, by: Self.actor, in: $0) }
            #expect(written8 == [.created: many.count])
            var again = many
            again[7] = Self.finding("f-8", text: "Changed.")
            again.append(Self.finding("f-new"))
            let written9 = try await database.write { [again] in try await EvidenceRepository.importFindings(again, by: Self.actor, in: $0) }
            #expect(written9 == [.unchanged: many.count - 1, .updated: 1, .created: 1])
            #expect(try await evidence.finding("f-8")?.texts[.en] == "Changed.")
        }
    }

    @Test(
        "participation counts are replaced per meeting, zero counts dropped, and audited once per changed meeting",
        arguments: TestEngine.available)
    func participation(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let first = [
                ParticipationCount(meeting: "tirana-2018", category: .academia, count: 4),
                ParticipationCount(meeting: "tirana-2018", category: .government, country: "AL", count: 12),
                ParticipationCount(meeting: "nairobi-2018", category: .civilSociety, count: 0),
            ]
            let written10 = try await database.write { try await EvidenceRepository.replaceParticipation(first, by: Self.actor, in: $0) }
            #expect(written10 == ["tirana-2018"])
            #expect(
                try await database.write { try await EvidenceRepository.replaceParticipation(first, by: Self.actor, in: $0) }.isEmpty,
                "nothing changed")
            let second = [ParticipationCount(meeting: "tirana-2018", category: .privateSector, count: 2)]
            let written11 = try await database.write { try await EvidenceRepository.replaceParticipation(second, by: Self.actor, in: $0) }
            #expect(written11 == ["tirana-2018"])
            #expect(try await evidence.snapshot().participation == second)
            let written12 = try await database.write {
                try await EvidenceRepository.replaceParticipation([], meetings: ["tirana-2018"], by: Self.actor, in: $0)
            }
            #expect(written12 == ["tirana-2018"])
            #expect(try await evidence.snapshot().participation.isEmpty)
            #expect(try await Self.auditActions(database) == ["participation.replace", "participation.replace", "participation.replace"])
        }
    }

    @Test(
        "participants are kept per meeting, erased on request, and the audit log does not copy their names",
        arguments: TestEngine.available)
    func participants(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let person = NamedParticipant(
                id: "p-1", meeting: "tirana-2018", name: "Arta Hoxha", organisation: "Ministry",
                category: .government, country: "AL", consentDate: "2018-02-14")
            try await database.write { try await EvidenceRepository.addParticipant(person, by: Self.actor, in: $0) }
            #expect(try await evidence.participants(of: "tirana-2018") == [person])
            #expect(try await evidence.participants(of: "nairobi-2018").isEmpty)
            let written13 = try await database.write {
                try await EvidenceRepository.removeParticipant("p-1", meeting: "nairobi-2018", by: Self.actor, in: $0)
            }
            #expect(written13 == false)
            let written14 = try await database.write {
                try await EvidenceRepository.removeParticipant("p-1", meeting: "tirana-2018", by: Self.actor, in: $0)
            }
            #expect(written14)
            #expect(try await evidence.participants(of: "tirana-2018").isEmpty)
            let log = try await AuditLog(database: database).entries(limit: 10)
            #expect(log.map(\.action) == [.participantRemove, .participantAdd])
            #expect(log.allSatisfy { !($0.before ?? "").contains("Arta") && !($0.after ?? "").contains("Arta") })
        }
    }

    @Test("a seed loads once: a finding deleted afterwards does not come back", arguments: TestEngine.available)
    func seeds(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let evidence = EvidenceRepository(database: database)
            let written15 = try await database.write {
                try await EvidenceRepository.seedFindings(named: "evidence/findings.csv", [Self.finding("s-1"), Self.finding("s-2")], in: $0)
            }
            #expect(written15 == 2)
            let written16 = try await database.write { try await EvidenceRepository.deleteFinding("s-1", by: Self.actor, in: $0) }
            #expect(written16)
            let written17 = try await database.write {
                try await EvidenceRepository.seedFindings(named: "evidence/findings.csv", [Self.finding("s-1"), Self.finding("s-2")], in: $0)
            }
            #expect(written17 == nil)
            #expect(try await evidence.snapshot().findings.map(\.id) == ["s-2"])
        }
    }
}
