import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// `POST /api/v1/cases/import` refused: without a token, for a role that may not import,
/// and for every kind of bundle that cannot be imported. Each refusal says why in the
/// request's language, and none writes anything.
@Suite("STIX imports that are refused change nothing")
struct CaseImportRefusalTests {
    /// A fixture case's bundle as JSON text.
    static func bundle(_ names: [String]) throws -> String {
        let stored = try names.map { name in
            let url = URL(fileURLWithPath: Fixtures.testContent + "/cases/\(name).json")
            let record = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).record().normalized
            return StoredCase(record: record, revision: 1, updatedAt: Date(timeIntervalSince1970: 1_750_000_000), updatedBy: "t")
        }
        return String(decoding: try STIXExport.encoded(STIXExport.bundle(stored, regionNames: [:], schemaURL: "u")), as: UTF8.self)
    }

    /// How many cases an editor's token sees.
    static func total(_ client: any TestClientProtocol, token: String) async throws -> Int? {
        try await client.get("/api/v1/cases", headers: [.authorization: "Bearer \(token)"]).json()["total"] as? Int
    }

    @Test("no token, a role that may not import, a session, broken bundles, names and taken identifiers", arguments: TestEngine.available)
    func refusals(engine: TestEngine) async throws {
        let folder = try CaseExchangeWebTests.emptyLibrary()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tokens = TokenBox()
        let valid = try Self.bundle(["open-network"])
        try await TestApp.run(engine: engine, content: folder, seed: { try await CaseExchangeWebTests.seed($0, tokens: tokens) }) { client in
            let editor = await tokens.get("editor")
            let path = "/api/v1/cases/import"
            func post(_ body: String, token: String? = editor, query: String = "") async throws -> Page {
                try await CaseExchangeWebTests.post(client, path + query, token: token, body: body)
            }
            func problems(_ page: Page) throws -> [String] {
                ((try page.json()["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            }

            let anonymous = try await post(valid, token: nil)
            #expect(anonymous.status == .unauthorized && anonymous.headers[.wwwAuthenticate] == "Bearer")
            let officer = try await post(valid, token: await tokens.get("officer"))
            #expect(officer.status == .forbidden && officer.body.contains("\"forbidden\""))
            let browser = TestBrowser(client)
            try await browser.signIn("editor@example.org", CaseLibraryWebTests.password)
            let cookie = try #require(await browser.cookie("nexus_session"))
            let session = try await client.execute(
                uri: path, method: .post, headers: [.cookie: "nexus_session=\(cookie)", .contentType: "application/json"],
                body: ByteBuffer(string: valid)
            ) { String(buffer: $0.body) }
            #expect(session.contains("token_required"))

            let notJSON = try await post("{not json", query: "?lang=fr")
            #expect(notJSON.status == .badRequest && notJSON.body.contains("invalid_json") && notJSON.body.contains("pas un JSON valide"))
            #expect(try await post(valid, query: "?confirmNames=maybe").status == .badRequest)
            let notBundle = try await post(#"{"type": "report", "id": "report--x"}"#, query: "?lang=ar")
            #expect(notBundle.status == .badRequest && notBundle.body.contains("ليس حزمة STIX 2.1"))
            let noReport = try await post(#"{"type": "bundle", "id": "bundle--dddddddd-dddd-4ddd-8ddd-dddddddddddd"}"#, query: "?lang=ar")
            #expect(noReport.status == .unprocessableContent && noReport.body.contains("لم يُستورد أي شيء"))
            #expect(try problems(noReport) == ["bundle"])
            let broken = valid.replacingOccurrences(
                of: "\"id\":\"\(STIXIdentifiers.country("AL"))\"", with: "\"id\":\"location--00000000-0000-4000-8000-000000000000\"")
            let brokenAnswer = try await post(broken, query: "?lang=fr")
            #expect(try problems(brokenAnswer).contains(STIXIdentifiers.report("open-network")), "\(brokenAnswer.body.prefix(400))")
            let atlantis = valid.replacingOccurrences(of: #""region":"north""#, with: #""region":"atlantis""#)
            let report = STIXIdentifiers.report("open-network")
            #expect(try problems(try await post(atlantis)) == [report + "/regions", report + "/actors.smugglers.region"])
            let tooLarge = valid.replacingOccurrences(of: "A five-actor network", with: String(repeating: "x", count: 8 << 20))
            #expect(try await post(tooLarge).status == .contentTooLarge)
            #expect(try await Self.total(client, token: editor) == 0, "no refusal wrote anything")

            // A name needs confirming; confirmed, the case is imported.
            let named = valid.replacingOccurrences(of: "Smuggling group A", with: "Ahmed Kamal")
            let unconfirmed = try await post(named, query: "?lang=sq")
            #expect(unconfirmed.status == .unprocessableContent && unconfirmed.body.contains("names_need_confirmation"))
            #expect(unconfirmed.body.contains("Ahmed Kamal") && unconfirmed.body.contains("confirmNames=true"))
            #expect(try await Self.total(client, token: editor) == 0)
            #expect(try await post(named, query: "?confirmNames=true").status == .created)

            // One taken identifier refuses the whole bundle, the new case in it too.
            let both = try Self.bundle(["open-network", "members-only"])
            let taken = try await post(both, query: "?lang=fr")
            #expect(taken.status == .conflict && taken.body.contains("open-network") && !taken.body.contains("members-only"))
            #expect(try await Self.total(client, token: editor) == 1)
            #expect(try await client.get("/api/v1/cases/members-only", headers: [.authorization: "Bearer \(editor)"]).status == .notFound)
        }
    }
}
