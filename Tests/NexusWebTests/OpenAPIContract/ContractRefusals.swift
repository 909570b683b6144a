import Foundation
import HTTPTypes
import NIOCore
import NexusTestSupport
import Testing

/// The refusals: bad input (400), missing, bad or unsuitable credentials (401, 403),
/// records that do not exist (404), bodies too large (413) and records with problems
/// (422), for every operation that documents them.
struct ContractRefusals {
    let api: ContractClient
    let people: ContractPeople
    /// A signed-in programme officer's session cookie: a browser, not an API client.
    let sessionCookie: String

    /// The public reads, one concrete path each.
    static let reads = [
        "/api/v1/practices", "/api/v1/practices/1", "/api/v1/themes", "/api/v1/instruments", "/api/v1/actors", "/api/v1/initiatives",
        "/api/v1/concept", "/api/v1/search", "/api/v1/meetings", "/api/v1/meetings/tirana-2018", "/api/v1/meetings/tirana-2018/participation",
        "/api/v1/findings", "/api/v1/findings/wa-fuel-smuggling", "/api/v1/cases", "/api/v1/cases/sahel-kidnap-ransom-arms",
        "/api/v1/cases/sahel-kidnap-ransom-arms/stix", "/api/v1/cases/stix",
    ]

    /// The writes, each with a body the document allows.
    static var writes: [(HTTPRequest.Method, String, String?)] {
        [
            (.post, "/api/v1/meetings", ContractWrites.meeting),
            (.put, "/api/v1/meetings/tirana-2018", ContractWrites.meeting),
            (.put, "/api/v1/meetings/tirana-2018/participation", #"{"counts": [{"category": "academia", "count": 1}]}"#),
            (.post, "/api/v1/findings", ContractWrites.finding),
            (.put, "/api/v1/findings/wa-fuel-smuggling", ContractWrites.finding),
            (.delete, "/api/v1/findings/wa-fuel-smuggling", nil),
            (.post, "/api/v1/cases/import", ContractWrites.caseBundle),
        ]
    }

    func run() async throws {
        try await badInput()
        try await credentials()
        try await notFound()
        try await tooLarge()
        try await invalidRecords()
    }

    private func badInput() async throws {
        for path in Self.reads {
            let answer = try await api.send(.get, path + "?lang=xx", shape: .breaksDocument, expect: .badRequest)
            #expect(answer.json?["error"]?["code"] == .string("bad_parameter"))
        }
        try await api.send(.get, "/healthz?probe=1&probe=2", shape: .breaksDocument, expect: .badRequest)
        for query in ["limit=0", "offset=-1", "limit=many", "lang=de"] {
            try await api.send(.get, "/api/v1/users?\(query)", token: people.admin, shape: .breaksDocument, expect: .badRequest)
        }
        // Values of the documented shape that name nothing.
        for query in ["region=atlantis", "meeting=none-such", "practice=none-such", "country=ZZ&lang=fr"] {
            let answer = try await api.send(.get, "/api/v1/findings?\(query)", expect: .badRequest)
            #expect(answer.json?["error"]?["message"]?.stringValue?.isEmpty == false)
        }
        for query in ["kind=rumour", "limit=0", "limit=1001", "offset=-3"] {
            try await api.send(.get, "/api/v1/findings?\(query)", shape: .breaksDocument, expect: .badRequest)
        }
        for query in ["stage=dissolution", "year=12", "limit=0", "limit=201", "offset=-1", "country=ZZZ", "origin=rumour"] {
            try await api.send(.get, "/api/v1/cases?\(query)", shape: .breaksDocument, expect: .badRequest)
        }
        for query in ["stage=dissolution", "limit=0", "limit=501", "offset=-1", "language=de"] {
            try await api.send(.get, "/api/v1/cases/stix?\(query)", shape: .breaksDocument, expect: .badRequest)
        }
        let imports = "/api/v1/cases/import"
        try await api.send(
            .post, imports + "?confirmNames=maybe", token: people.editor, json: ContractWrites.caseBundle, shape: .breaksDocument, expect: .badRequest
        )
        let report = try await api.send(
            .post, imports, token: people.editor, json: #"{"type": "report", "id": "report--1"}"#, shape: .breaksDocument, expect: .badRequest)
        #expect(report.json?["error"]?["code"] == .string("invalid_json"))
        let long = String(repeating: "word ", count: 50)
        for query in [
            "q=\(long.replacingOccurrences(of: " ", with: "+"))", "q=a&page=0", "q=a&page=1001", "q=a&kind=rumour", "q=a&theme=Not_A_Slug",
            "q=a&language=de",
        ] {
            try await api.send(.get, "/api/v1/search?\(query)", shape: .breaksDocument, expect: .badRequest)
        }
        for (method, path, body) in Self.writes {
            let token = writer(path)
            if body != nil {
                let answer = try await api.send(method, path, token: token, json: "{not json", shape: .breaksDocument, expect: .badRequest)
                #expect(answer.json?["error"]?["code"] == .string("invalid_json"))
                try await api.send(
                    method, path, token: token, json: #"{"counts": "many", "title": 3}"#, shape: .breaksDocument, expect: .badRequest)
            } else {
                try await api.send(method, path + "?lang=xx", token: token, shape: .breaksDocument, expect: .badRequest)
            }
        }
        let longKey: HTTPFields = [.init("Idempotency-Key")!: String(repeating: "k", count: 201)]
        let refused = try await api.send(
            .post, "/api/v1/findings", token: people.officer, headers: longKey, json: ContractWrites.finding, shape: .breaksDocument,
            expect: .badRequest)
        #expect(refused.json?["error"]?["code"] == .string("bad_idempotency_key"))
    }

    /// The token that may make a write: cases are imported by editors, evidence recorded by officers.
    private func writer(_ path: String) -> String { path.hasPrefix("/api/v1/cases") ? people.editor : people.officer }

    private func credentials() async throws {
        for (method, path, body) in Self.writes {
            let missing = try await api.send(method, path, json: body, shape: .breaksDocument, expect: .unauthorized)
            #expect(missing.headers[.wwwAuthenticate] == "Bearer")
            try await api.send(method, path, token: people.revoked, json: body, expect: .unauthorized)
            let forbidden = try await api.send(method, path, token: people.translator, json: body, expect: .forbidden)
            #expect(forbidden.json?["error"]?["code"] == .string("forbidden"))
            let session = try await api.send(
                method, path, headers: [.cookie: "nexus_session=\(sessionCookie)"], json: body, shape: .breaksDocument, expect: .forbidden)
            // The session is a programme officer's, who may not import cases at all.
            let refusal = path.hasPrefix("/api/v1/cases") ? "forbidden" : "token_required"
            #expect(session.json?["error"]?["code"] == .string(refusal))
        }
        try await api.send(.get, "/api/v1/users", shape: .breaksDocument, expect: .unauthorized)
        try await api.send(.get, "/api/v1/users?lang=fr", token: people.revoked, expect: .unauthorized)
        try await api.send(.get, "/api/v1/users", token: people.editor, expect: .forbidden)
        try await api.send(.get, "/api/v1/users", token: people.officer, expect: .forbidden)
        // A public read answers without a token, but not with a bad one.
        for path in Self.reads + ["/healthz"] {
            let answer = try await api.send(.get, path, token: people.revoked, expect: .unauthorized)
            #expect(answer.json?["error"]?["code"] == .string("invalid_token"))
        }
    }

    private func notFound() async throws {
        for path in [
            "/api/v1/practices/99", "/api/v1/practices/not-a-practice", "/api/v1/meetings/none-such", "/api/v1/meetings/none-such/participation",
            "/api/v1/findings/none-such", "/api/v1/cases/none-such", "/api/v1/cases/none-such/stix",
        ] {
            let answer = try await api.send(.get, path + "?lang=ar", expect: .notFound)
            #expect(answer.json?["error"]?["code"] == .string("not_found"))
        }
        try await api.send(.put, "/api/v1/meetings/none-such", token: people.officer, json: ContractWrites.meeting, expect: .notFound)
        try await api.send(
            .put, "/api/v1/meetings/none-such/participation", token: people.officer, json: #"{"counts": []}"#, expect: .notFound)
        try await api.send(.put, "/api/v1/findings/none-such?lang=sq", token: people.officer, json: ContractWrites.finding, expect: .notFound)
        try await api.send(.delete, "/api/v1/findings/none-such", token: people.officer, expect: .notFound)
        // A path segment that is not a slug names nothing either.
        try await api.send(.get, "/api/v1/meetings/Not_A_Slug", shape: .breaksDocument, expect: .notFound)
    }

    /// Bodies over the 8 MiB every request is read up to: refused before they are read whole.
    private func tooLarge() async throws {
        let padding = String(repeating: "x", count: 8 << 20)
        let meeting = ContractWrites.meeting.replacingOccurrences(of: "\"agenda\"", with: "\"body\": \"\(padding)\", \"agenda\"")
        try await api.send(.post, "/api/v1/meetings", token: people.officer, json: meeting, expect: .contentTooLarge)
        let answer = try await api.send(.put, "/api/v1/meetings/tirana-2018", token: people.officer, json: meeting, expect: .contentTooLarge)
        #expect(answer.json?["error"]?["code"] == .string("too_large"))
        let counts = #"{"counts": [], "note": "\#(padding)"}"#
        try await api.send(
            .put, "/api/v1/meetings/tirana-2018/participation", token: people.officer, json: counts, shape: .breaksDocument, expect: .contentTooLarge)
        let finding = ContractWrites.finding.replacingOccurrences(of: "Courts lack shared evidence rules.", with: padding)
        try await api.send(.post, "/api/v1/findings", token: people.officer, json: finding, shape: .breaksDocument, expect: .contentTooLarge)
        try await api.send(
            .put, "/api/v1/findings/wa-fuel-smuggling", token: people.officer, json: finding, shape: .breaksDocument, expect: .contentTooLarge)
        try await api.send(.get, "/api/v1/meetings/skopje-2027", expect: .ok)
        let bundle = ContractWrites.caseBundle.replacingOccurrences(of: "Sahel", with: "Sahel " + padding)
        let refused = try await api.send(.post, "/api/v1/cases/import", token: people.editor, json: bundle, expect: .contentTooLarge)
        #expect(refused.json?["error"]?["code"] == .string("too_large"))
    }

    private func invalidRecords() async throws {
        func problems(_ answer: ContractClient.Answer) -> [String] {
            answer.json?["error"]?["problems"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
        }
        let atlantis = ContractWrites.meeting.replacingOccurrences(of: "\"balkans\"", with: "\"atlantis\"")
            .replacingOccurrences(of: "skopje-2027", with: "atlantis-2027")
        #expect(
            try await problems(api.send(.post, "/api/v1/meetings?lang=fr", token: people.officer, json: atlantis, expect: .unprocessableContent)) == [
                "meeting"
            ])
        let named = ContractWrites.meeting.replacingOccurrences(of: "\"skopje-2027\"", with: "\"new\"")
        try await api.send(.post, "/api/v1/meetings", token: people.officer, json: named, expect: .unprocessableContent)
        let unnamed = ContractWrites.meeting.replacingOccurrences(of: "\"slug\": \"skopje-2027\",", with: "")
        try await api.send(.post, "/api/v1/meetings", token: people.officer, json: unnamed, expect: .unprocessableContent)
        try await api.send(.put, "/api/v1/meetings/new", token: people.officer, json: ContractWrites.meeting, expect: .unprocessableContent)
        try await api.send(.put, "/api/v1/meetings/tirana-2018?lang=ar", token: people.officer, json: atlantis, expect: .unprocessableContent)

        let participation = "/api/v1/meetings/tirana-2018/participation"
        let press = try await api.send(
            .put, participation, token: people.officer, json: #"{"counts": [{"category": "press", "count": 5}]}"#, shape: .breaksDocument,
            expect: .unprocessableContent)
        #expect(problems(press) == ["counts[0].category"])
        let twice = #"{"counts": [{"category": "academia", "count": 5}, {"category": "academia", "count": 6}]}"#
        try await api.send(.put, participation, token: people.officer, json: twice, expect: .unprocessableContent)
        let nowhere = #"{"counts": [{"category": "academia", "country": "ZZ", "count": 5}]}"#
        try await api.send(.put, participation, token: people.officer, json: nowhere, expect: .unprocessableContent)

        let elsewhere = ContractWrites.finding.replacingOccurrences(of: "\"balkans\"", with: "\"horn-east-africa\"")
        #expect(
            try await problems(api.send(.post, "/api/v1/findings", token: people.officer, json: elsewhere, expect: .unprocessableContent)) == [
                "meeting"
            ])
        let rumour = ContractWrites.finding.replacingOccurrences(of: "\"challenge\"", with: "\"rumour\"")
        try await api.send(
            .post, "/api/v1/findings?lang=sq", token: people.officer, json: rumour, shape: .breaksDocument, expect: .unprocessableContent)
        try await api.send(.put, "/api/v1/findings/wa-fuel-smuggling", token: people.officer, json: elsewhere, expect: .unprocessableContent)
        try await invalidBundles()
    }

    /// Bundles that are bundles but cannot be imported; nothing is written.
    private func invalidBundles() async throws {
        let imports = "/api/v1/cases/import"
        let empty = #"{"type": "bundle", "id": "bundle--dddddddd-dddd-4ddd-8ddd-dddddddddddd", "objects": [{"type": "note"}]}"#
        let noObject = try await api.send(.post, imports + "?lang=fr", token: people.editor, json: empty, expect: .unprocessableContent)
        #expect(noObject.json?["error"]?["problems"]?.arrayValue?.compactMap { $0["field"]?.stringValue } == ["objects[0]"])
        let named = ContractWrites.caseBundle.replacingOccurrences(of: "\"name\":\"", with: "\"name\":\"Sheikh Omar ")
        let names = try await api.send(.post, imports + "?lang=ar", token: people.editor, json: named, expect: .unprocessableContent)
        #expect(names.json?["error"]?["code"] == .string("names_need_confirmation"))
    }
}
