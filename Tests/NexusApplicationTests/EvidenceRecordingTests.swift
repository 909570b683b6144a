import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Recording evidence through the application layer")
struct EvidenceRecordingTests {
    static let fields = [
        "region": "balkans", "kind": "challenge", "confidence": "confirmed", "source": "https://example.org/report",
        "text_en": "Returning fighters cross the same routes as smugglers.",
    ]

    static func request(_ key: String, body: String = "one") -> IdempotencyRequest {
        IdempotencyRequest(principal: "user-1", key: key, operation: "POST /api/v1/findings", body: Array(body.utf8))
    }

    @Test(
        "a create retried with its idempotency key records one finding; the key cannot be reused for another body",
        arguments: TestEngine.available)
    func retriedCreate(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            let before = services.store.evidence.findings.count
            let first = try await services.evidence.saveFinding(fields: Self.fields, id: nil, idempotency: Self.request("k1"), by: .commandLine)
            let again = try await services.evidence.saveFinding(fields: Self.fields, id: nil, idempotency: Self.request("k1"), by: .commandLine)
            guard case .success(let made) = first, case .success(let replayed) = again else {
                Issue.record("refused")
                return
            }
            #expect(made.created && !made.replayed)
            #expect(replayed.replayed && replayed.finding.id == made.finding.id)
            #expect(services.store.evidence.findings.count == before + 1)
            let reused = try await services.evidence.saveFinding(
                fields: Self.fields, id: nil,
                idempotency: Self.request("k1", body: "another"), by: .commandLine)
            guard case .failure(.keyReused) = reused else {
                Issue.record("a reused key was accepted")
                return
            }
        }
    }

    @Test("the same create sent many times at once records one finding", arguments: TestEngine.available)
    func concurrentCreates(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            let before = services.store.evidence.findings.count
            let ids = try await withThrowingTaskGroup(of: FindingID?.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let result = try await services.evidence.saveFinding(
                            fields: Self.fields, id: nil, idempotency: Self.request("k2"),
                            by: .commandLine)
                        if case .success(let recorded) = result { return recorded.finding.id }
                        return nil
                    }
                }
                return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
            }
            #expect(ids.count == 1 && ids.first.flatMap { $0 } != nil)
            #expect(try await EvidenceRepository(database: services.database).snapshot().findings.count == before + 1)
        }
    }

    @Test("a finding's search documents are written with it, and removed with it", arguments: TestEngine.available)
    func searchRows(engine: TestEngine) async throws {
        try await TestServices.run(engine, content: Fixtures.bundledContent, start: true) { services in
            var fields = Self.fields
            fields["text_en"] = "Quetzalcoatl networks launder proceeds."
            guard case .success(let made) = try await services.evidence.saveFinding(fields: fields, id: nil, by: .commandLine) else {
                Issue.record("refused")
                return
            }
            #expect(try await services.search.search(SearchQuery(text: "quetzalcoatl", language: .en)).hits.count == 1)
            #expect(try await services.evidence.deleteFinding(made.finding.id, by: .commandLine))
            #expect(try await services.search.search(SearchQuery(text: "quetzalcoatl", language: .en)).hits.isEmpty)
        }
    }
}
