import Foundation
import HTTPTypes
import NexusDomain
import NexusTestSupport
import Testing

/// The writes, each followed by the reads that show it: a meeting created and changed,
/// its participation replaced, findings created, changed and deleted, idempotent creates
/// replayed, and two editors changing one meeting at once.
struct ContractWrites {
    let api: ContractClient
    let people: ContractPeople

    static let meeting = """
        {"slug": "skopje-2027", "title": "Regional meeting, Skopje", "summary": "A follow-up in North Macedonia.",
         "region": "balkans", "country": "mk", "city": "Skopje", "start": "2027-05", "sources": ["https://example.org/s"],
         "agenda": ["Opening", "Returnees"], "themes": ["local-engagement"]}
        """

    static let finding = """
        {"region": "balkans", "meeting": "tirana-2018", "kind": "challenge", "countries": ["AL", "xk"],
         "crimeMarkets": ["arms-trafficking"], "practices": ["consistent-legal-frameworks"], "source": "https://example.org/r",
         "confidence": "partial", "texts": {"en": "Courts lack shared evidence rules.", "sq": "Gjykatave u mungojnë rregulla."}}
        """

    /// The id of the case the import makes: a copy of a seed case under a new id.
    static let importedCase = "sahel-kidnap-ransom-arms-copy"

    /// A seed case under ``importedCase`` as a STIX bundle.
    static var caseBundle: String {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Content/cases/sahel-kidnap-ransom-arms.json")
        guard let data = try? Data(contentsOf: url), var record = try? JSONDecoder().decode(CaseFile.self, from: data).record() else { return "" }
        record.id = CaseID(importedCase)
        let stored = StoredCase(record: record.normalized, revision: 1, updatedAt: Date(timeIntervalSince1970: 1_750_000_000), updatedBy: "t")
        let bundle = STIXExport.bundle([stored], regionNames: [:], schemaURL: "https://example.org/schema.json")
        return (try? STIXExport.encoded(bundle)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func run() async throws {
        try await meetings()
        try await participation()
        try await findings()
        try await idempotentCreates()
        try await simultaneousMeetingEdits()
        try await caseImport()
    }

    /// A bundle imported as a case, read back, and refused the second time.
    private func caseImport() async throws {
        let imported = try await api.send(.post, "/api/v1/cases/import?lang=fr", token: people.editor, json: Self.caseBundle, expect: .created)
        #expect(imported.json?["imported"]?.arrayValue?.first?["id"] == .string(Self.importedCase))
        #expect(imported.json?["imported"]?.arrayValue?.first?["title"]?["language"] == .string("fr"))
        try await api.send(.get, "/api/v1/cases/\(Self.importedCase)/stix", token: people.editor, expect: .ok)
        let again = try await api.send(.post, "/api/v1/cases/import", token: people.editor, json: Self.caseBundle, expect: .conflict)
        #expect(again.json?["error"]?["code"] == .string("exists"))
    }

    private func meetings() async throws {
        let created = try await api.send(.post, "/api/v1/meetings?lang=fr", token: people.officer, json: Self.meeting, expect: .created)
        #expect(created.json?["meeting"]?["country"] == .string("MK") && created.json?["language"] == .string("fr"))
        #expect(created.json?["meeting"]?["end"] == .null && created.json?["otherThemes"] == .null)
        try await api.send(.get, "/api/v1/meetings/skopje-2027?lang=ar", expect: .ok)
        let changed = Self.meeting.replacingOccurrences(
            of: "\"start\": \"2027-05\"",
            with: """
                "start": "2027-05-10", "end": "2027-05-12", "partners": "UNICRI", "otherThemes": "Prisons", "status": "partly-confirmed",
                "body": "Held over **three** days.", "documents": ["https://example.org/agenda.pdf"]
                """)
        let updated = try await api.send(.put, "/api/v1/meetings/skopje-2027?lang=sq", token: people.officer, json: changed, expect: .ok)
        #expect(updated.json?["meeting"]?["end"] == .string("2027-05-12") && updated.json?["meeting"]?["status"] == .string("partly-confirmed"))
        try await api.send(.post, "/api/v1/meetings", token: people.officer, json: Self.meeting, expect: .conflict)
    }

    private func participation() async throws {
        let counts = #"""
            {"counts": [{"category": "academia", "count": 5}, {"category": "government-agency", "country": "mk", "count": 9},
                        {"category": "civil-society", "country": null, "count": 0}]}
            """#
        let replaced = try await api.send(.put, "/api/v1/meetings/skopje-2027/participation", token: people.officer, json: counts, expect: .ok)
        let recorded = replaced.json?["counts"]?.arrayValue ?? []
        #expect(recorded.count == 2, "a count of 0 is not kept")
        #expect(recorded.first { $0["category"] == .string("academia") }?["country"] == .null, "a count not by country says null")
        #expect(recorded.first { $0["category"] == .string("government-agency") }?["country"] == .string("MK"))
        let read = try await api.send(.get, "/api/v1/meetings/skopje-2027/participation?lang=fr", expect: .ok)
        #expect(read.json?["counts"] == replaced.json?["counts"])
        let detail = try await api.send(.get, "/api/v1/meetings/skopje-2027", expect: .ok)
        #expect(detail.json?["participation"]?.arrayValue?.count == 2)
        try await api.send(.put, "/api/v1/meetings/skopje-2027/participation?lang=ar", token: people.officer, json: #"{"counts": []}"#, expect: .ok)
    }

    private func findings() async throws {
        let created = try await api.send(.post, "/api/v1/findings?lang=sq", token: people.officer, json: Self.finding, expect: .created)
        let id = try #require(created.json?["finding"]?["id"]?.stringValue)
        #expect(created.json?["finding"]?["text"] == .string("Gjykatave u mungojnë rregulla.") && created.json?["finding"]?["nexusForm"] == .null)
        let fallback = try await api.send(.get, "/api/v1/findings/\(id)?lang=fr", expect: .ok)
        #expect(fallback.json?["finding"]?["textLanguage"] == .string("en"))
        let changed = Self.finding.replacingOccurrences(
            of: "\"confidence\": \"partial\"",
            with: """
                "confidence": "confirmed", "nexusForm": "transactional", "enablingFactors": ["porous-borders"]
                """)
        let updated = try await api.send(.put, "/api/v1/findings/\(id)?lang=ar", token: people.officer, json: changed, expect: .ok)
        #expect(updated.json?["finding"]?["nexusForm"] == .string("transactional"))
        let taken = Self.finding.replacingOccurrences(of: "\"region\"", with: "\"id\": \"\(id)\", \"region\"")
        try await api.send(.post, "/api/v1/findings", token: people.officer, json: taken, expect: .conflict)
        try await api.send(.delete, "/api/v1/findings/\(id)?lang=fr", token: people.officer, expect: .noContent)
        try await api.send(.get, "/api/v1/findings/\(id)", expect: .notFound)
        try await api.send(.delete, "/api/v1/findings/\(id)", token: people.officer, expect: .notFound)

        // The fewest fields a finding can have: no meeting, no lists.
        let minimal =
            #"{"region": "west-africa-sahel", "meeting": null, "kind": "manifestation", "source": "Field notes", "confidence": "inferred", "texts": {"ar": "نص"}}"#
        let bare = try await api.send(.post, "/api/v1/findings", token: people.officer, json: minimal, expect: .created)
        #expect(bare.json?["finding"]?["meeting"] == .null && bare.json?["finding"]?["countries"] == .array([]))
    }

    /// `Idempotency-Key`: a retry answers with the first request's record; the key with
    /// another body is refused; a retry after the record was deleted finds nothing.
    private func idempotentCreates() async throws {
        let key: HTTPFields = [.init("Idempotency-Key")!: "contract-retry-1"]
        let first = try await api.send(.post, "/api/v1/findings", token: people.officer, headers: key, json: Self.finding, expect: .created)
        let retry = try await api.send(.post, "/api/v1/findings", token: people.officer, headers: key, json: Self.finding, expect: .created)
        let id = try #require(first.json?["finding"]?["id"]?.stringValue)
        #expect(retry.json?["finding"]?["id"] == .string(id), "a retry answers with the record the first request made")
        let other = Self.finding.replacingOccurrences(of: "partial", with: "inferred")
        let reused = try await api.send(.post, "/api/v1/findings", token: people.officer, headers: key, json: other, expect: .unprocessableContent)
        #expect(reused.json?["error"]?["code"] == .string("idempotency_key_reused"))
        try await api.send(.delete, "/api/v1/findings/\(id)", token: people.officer, expect: .noContent)
        try await api.send(.post, "/api/v1/findings?lang=fr", token: people.officer, headers: key, json: Self.finding, expect: .notFound)
    }

    /// Two changes to one meeting made from the same revision: the later one is refused
    /// with 409 rather than silently undoing the other. Whether two requests overlap is a
    /// race, so rounds of simultaneous changes are sent until one collides.
    private func simultaneousMeetingEdits() async throws {
        var conflicts = 0
        for round in 1...10 where conflicts == 0 {
            conflicts = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for editor in 1...6 {
                    let body = Self.meeting.replacingOccurrences(of: "Regional meeting, Skopje", with: "Skopje, round \(round), editor \(editor)")
                    group.addTask {
                        try await api.send(
                            .put, "/api/v1/meetings/skopje-2027", token: people.officer, json: body, expectOneOf: [.ok, .conflict]
                        ).status
                    }
                }
                return try await group.reduce(0) { $0 + ($1 == .conflict ? 1 : 0) }
            }
        }
        #expect(conflicts > 0, "simultaneous changes to one meeting collide at least once in ten rounds")
    }
}
