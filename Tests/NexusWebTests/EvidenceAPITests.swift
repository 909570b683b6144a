import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import NIOCore
import Testing

/// The evidence endpoints: public reads with filters, token-only writes, clear refusals.
@Suite("The evidence API")
struct EvidenceAPITests {
    static func send(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String?,
        json: String? = nil
    ) async throws -> Page {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) {
            Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
        }
    }

    static let finding = """
        {"region": "balkans", "meeting": "tirana-2018", "kind": "challenge", "countries": ["AL", "XK"],
         "crimeMarkets": ["arms-trafficking"], "practices": ["strengthen-anti-corruption-law"], "source": "https://example.org/r",
         "confidence": "partial", "texts": {"en": "Courts lack shared evidence rules.", "sq": "Gjykatave u mungojnë rregulla."}}
        """

    @Test(
        "reads are public and filtered; writes need a token of a role that records evidence; bad input is refused clearly",
        arguments: TestEngine.available)
    func api(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(
            engine: engine,
            seed: { accounts in
                let officer = try await accounts.createUser(
                    email: "officer@example.org", name: "Officer", password: "a long test passphrase",
                    roles: [.programmeOfficer, .translator], languages: [.fr], by: .commandLine)
                await tokens.set(
                    "officer", try await accounts.issueToken(userID: officer.id, name: "o", role: .programmeOfficer, by: .commandLine).secret)
                await tokens.set(
                    "translator", try await accounts.issueToken(userID: officer.id, name: "t", role: .translator, by: .commandLine).secret)
            }
        ) { client in
            let officer = await tokens.get("officer")
            let translator = await tokens.get("translator")
            let meetings = try await client.get("/api/v1/meetings?lang=fr").json()
            #expect(
                (meetings["meetings"] as? [[String: Any]])?.map { $0["slug"] as? String } == [
                    "algiers-2017", "tirana-2018", "singapore-2018", "nairobi-2018",
                ])
            let tirana = try await client.get("/api/v1/meetings/tirana-2018").json()
            #expect((tirana["meeting"] as? [String: Any])?["country"] as? String == "AL")
            let seeded = try await client.get("/api/v1/findings?region=balkans&kind=manifestation").json()
            #expect((seeded["total"] as? Int ?? 0) >= 3)
            #expect(try await client.get("/api/v1/findings?kind=rumour").status == .badRequest)
            #expect(try await client.get("/api/v1/findings?region=atlantis&lang=fr").json().description.contains("atlantis"))
            #expect(try await client.get("/api/v1/findings/none-such").status == .notFound)

            #expect(try await Self.send(client, .post, "/api/v1/findings", token: nil, json: Self.finding).status == .unauthorized)
            #expect(try await Self.send(client, .post, "/api/v1/findings", token: translator, json: Self.finding).status == .forbidden)
            #expect(try await Self.send(client, .post, "/api/v1/findings", token: officer, json: "{not json").status == .badRequest)
            let invalid = try await Self.send(
                client, .post, "/api/v1/findings", token: officer,
                json: Self.finding.replacingOccurrences(of: "\"balkans\"", with: "\"horn-east-africa\""))
            #expect(invalid.status == .unprocessableContent && invalid.body.contains("\"field\":\"meeting\""))

            let created = try await Self.send(client, .post, "/api/v1/findings?lang=sq", token: officer, json: Self.finding)
            #expect(created.status == .created)
            let id = try #require((try created.json()["finding"] as? [String: Any])?["id"] as? String)
            #expect((try created.json()["finding"] as? [String: Any])?["text"] as? String == "Gjykatave u mungojnë rregulla.")
            let byPractice = try await client.get("/api/v1/findings?practice=strengthen-anti-corruption-law&country=xk").json()
            #expect((byPractice["findings"] as? [[String: Any]])?.contains { $0["id"] as? String == id } == true)

            let changed = try await Self.send(
                client, .put, "/api/v1/findings/\(id)", token: officer,
                json: Self.finding.replacingOccurrences(of: "partial", with: "confirmed"))
            #expect(changed.status == .ok && changed.body.contains("\"confidence\":\"confirmed\""))
            #expect(try await Self.send(client, .put, "/api/v1/findings/none-such", token: officer, json: Self.finding).status == .notFound)

            let counts = try await Self.send(
                client, .put, "/api/v1/meetings/tirana-2018/participation", token: officer,
                json: #"{"counts": [{"category": "academia", "count": 5}, {"category": "government-agency", "country": "AL", "count": 9}]}"#)
            #expect(counts.status == .ok && counts.body.contains("\"count\":9"))
            let badCounts = try await Self.send(
                client, .put, "/api/v1/meetings/tirana-2018/participation", token: officer,
                json: #"{"counts": [{"category": "press", "count": 5}]}"#)
            #expect(badCounts.status == .unprocessableContent && badCounts.body.contains("counts[0].category"))

            let meeting = """
                {"slug": "skopje-2027", "title": "Regional meeting, Skopje", "summary": "A follow-up in North Macedonia.",
                 "region": "balkans", "country": "mk", "city": "Skopje", "start": "2027-05", "sources": ["https://example.org/s"],
                 "agenda": ["Opening", "Returnees"]}
                """
            let newMeeting = try await Self.send(client, .post, "/api/v1/meetings", token: officer, json: meeting)
            #expect(newMeeting.status == .created && newMeeting.body.contains("\"country\":\"MK\""))
            #expect(try await Self.send(client, .post, "/api/v1/meetings", token: officer, json: meeting).status == .conflict)
            #expect(try await client.get("/en/evidence/meetings/skopje-2027").body.contains("Returnees"))

            let deleted = try await Self.send(client, .delete, "/api/v1/findings/\(id)", token: officer)
            #expect(deleted.status == .noContent)
            #expect(try await client.get("/api/v1/findings/\(id)").status == .notFound)
        }
    }

    @Test("findings written at the same moment all reach the pages: refreshes of the evidence run one after another", arguments: TestEngine.available)
    func concurrentWrites(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(
            engine: engine,
            seed: { accounts in
                let officer = try await accounts.createUser(
                    email: "officer@example.org", name: "Officer", password: "a long test passphrase",
                    roles: [.programmeOfficer], by: .commandLine)
                await tokens.set(
                    "officer", try await accounts.issueToken(userID: officer.id, name: "o", role: .programmeOfficer, by: .commandLine).secret)
            }
        ) { client in
            let token = await tokens.get("officer")
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 1...16 {
                    group.addTask {
                        let body = Self.finding.replacingOccurrences(
                            of: "\"kind\": \"challenge\"",
                            with: "\"id\": \"together-\(index)\", \"kind\": \"challenge\"")
                        return try await Self.send(client, .post, "/api/v1/findings", token: token, json: body).status
                    }
                }
                for try await status in group { #expect(status == .created) }
            }
            let page = try await client.get("/en/evidence/balkans").body
            for index in 1...16 { #expect(page.contains("/en/evidence/findings/together-\(index)"), "together-\(index)") }
        }
    }

    @Test("a signed-in browser session cannot write through the API: JSON carries no CSRF token", arguments: TestEngine.available)
    func sessionsCannotWrite(engine: TestEngine) async throws {
        try await TestApp.run(
            engine: engine,
            seed: { accounts in
                _ = try await accounts.createUser(
                    email: "officer@example.org", name: "Officer", password: "a long test passphrase",
                    roles: [.programmeOfficer], by: .commandLine)
            }
        ) { client in
            let browser = TestBrowser(client)
            try await browser.signIn("officer@example.org", "a long test passphrase")
            let cookie = "nexus_session=\(await browser.cookie("nexus_session") ?? "")"
            let answer = try await client.execute(
                uri: "/api/v1/findings/wa-fuel-smuggling", method: .delete,
                headers: [.cookie: cookie], body: nil
            ) { $0.status }
            #expect(answer == .forbidden)
            #expect(try await client.get("/api/v1/findings/wa-fuel-smuggling").status == .ok)
        }
    }
}
