import Foundation
import HTTPTypes
import NexusTestSupport
import Testing

/// The scenario endpoints, every documented status: an exercise file imported, read back
/// and listed, then refused as a duplicate, as not JSON, with problems, too large, without
/// a token and with a token that may not design exercises.
struct ContractScenarios {
    let api: ContractClient
    let people: ContractPeople

    /// A small exercise file over the bundled toolkit's practices and actor types.
    static let file = """
        {"format": "nexus-scenario", "formatVersion": 1, "scenario": {
          "id": "contract-exercise", "sourceLanguage": "en", "title": {"en": "Contract exercise", "fr": "Exercice contractuel"},
          "purpose": {"en": "Check the API."}, "audience": {"en": "Testers."}, "basis": {"en": "Invented."}, "durationMinutes": 60,
          "objectives": [{"id": "o1", "text": {"en": "Share information."}, "practices": ["consistent-legal-frameworks"], "criticalTasks": []}],
          "variables": [{"name": "country", "label": {"en": "Country"}, "kind": "text"}],
          "tailorings": [{"id": "aranda", "name": {"en": "Aranda"}, "values": {"country": {"en": "Aranda"}}}],
          "phases": [{"id": "p1", "title": {"en": "Start in {{country}}"}, "narrative": {"en": "A truck."}, "durationMinutes": 60,
            "injects": [{"id": "i1", "offsetMinutes": 5, "kind": "news-flash", "addressedTo": ["law-enforcement"], "title": {"en": "News"},
                         "from": {}, "text": {"en": "A truck is stopped."}}],
            "questions": [], "polls": [], "expectedActions": []}]}}
        """

    func run() async throws {
        let imports = "/api/v1/scenarios/import"
        let created = try await api.send(.post, imports + "?lang=fr", token: people.editor, json: Self.file, expect: .created)
        #expect(created.json?["id"] == .string("contract-exercise") && created.json?["title"] == .string("Exercice contractuel"))
        let file = try await api.send(.get, "/api/v1/scenarios/contract-exercise", token: people.editor, expect: .ok)
        #expect(file.json?["scenario"]?["phases"]?.arrayValue?.count == 1)
        let listed = try await api.send(.get, "/api/v1/scenarios?limit=5&lang=ar", token: people.editor, expect: .ok)
        #expect(listed.json?["scenarios"]?.arrayValue?.contains { $0["id"] == .string("contract-exercise") } == true)

        let again = try await api.send(.post, imports, token: people.editor, json: Self.file, expect: .conflict)
        #expect(again.json?["error"]?["code"] == .string("exists"))
        let notJSON = try await api.send(.post, imports, token: people.editor, json: "{not json", shape: .breaksDocument, expect: .badRequest)
        #expect(notJSON.json?["error"]?["code"] == .string("invalid_json"))
        let broken = Self.file.replacingOccurrences(of: "contract-exercise", with: "contract-broken")
            .replacingOccurrences(of: "\"law-enforcement\"", with: "\"army\"")
        let invalid = try await api.send(.post, imports, token: people.editor, json: broken, expect: .unprocessableContent)
        #expect(
            invalid.json?["error"]?["problems"]?.arrayValue?.first?["field"] == .string("$.scenario.phases[0].injects[0].addressedTo"))
        let padding = String(repeating: "x", count: 8 << 20)
        try await api.send(
            .post, imports, token: people.editor, json: Self.file.replacingOccurrences(of: "A truck.", with: padding),
            expect: .contentTooLarge)

        for path in ["/api/v1/scenarios", "/api/v1/scenarios/contract-exercise"] {
            try await api.send(.get, path, shape: .breaksDocument, expect: .unauthorized)
            try await api.send(.get, path, token: people.translator, expect: .forbidden)
            try await api.send(.get, path + "?lang=xx", token: people.editor, shape: .breaksDocument, expect: .badRequest)
        }
        try await api.send(.get, "/api/v1/scenarios?limit=0", token: people.editor, shape: .breaksDocument, expect: .badRequest)
        try await api.send(.get, "/api/v1/scenarios/none-such", token: people.editor, expect: .notFound)
        try await api.send(.post, imports, json: Self.file, shape: .breaksDocument, expect: .unauthorized)
        try await api.send(.post, imports, token: people.officer, json: Self.file, expect: .forbidden)
    }
}
