import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// The STIX endpoints from the outside, on both engines: what each principal's export
/// holds (never a case they may not read), an export imported into a fresh instance
/// giving the same cases, and every refusal of an import leaving the library as it was.
@Suite("The case library's STIX exchange on the web")
struct CaseExchangeWebTests {
    /// The fixture content without its cases: a fresh instance to import into.
    static func emptyLibrary() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-content-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Fixtures.testContent, toPath: folder)
        try FileManager.default.removeItem(atPath: folder + "/cases")
        return folder
    }

    /// Accounts for every role of the access rules, and tokens for an editor and an officer.
    static func seed(_ accounts: Accounts, tokens: TokenBox) async throws {
        try await CaseLibraryWebTests.seed(accounts)
        let editor = try await accounts.createUser(
            email: "importer@example.org", name: "Importer", password: CaseLibraryWebTests.password, roles: [.editor], by: .commandLine)
        let officer = try await accounts.createUser(
            email: "recorder@example.org", name: "Recorder", password: CaseLibraryWebTests.password, roles: [.programmeOfficer],
            by: .commandLine)
        await tokens.set("editor", try await accounts.issueToken(userID: editor.id, name: "e", role: .editor, by: .commandLine).secret)
        await tokens.set("officer", try await accounts.issueToken(userID: officer.id, name: "o", role: .programmeOfficer, by: .commandLine).secret)
    }

    static func post(_ client: any TestClientProtocol, _ path: String, token: String?, body: String) async throws -> Page {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// The case ids of the reports in a bundle.
    static func caseIDs(_ bundle: String) throws -> Set<String> {
        let parsed = try STIXToCase.parse(Data(bundle.utf8))
        return Set(
            (parsed["objects"]?.array ?? []).compactMap {
                $0["extensions"]?[STIXIdentifiers.extensionDefinition]?["case_id"]?.stringValue
            })
    }

    @Test("each principal's export holds exactly the cases CaseAccess lets them read", arguments: TestEngine.available)
    func exportAccess(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await Self.seed($0, tokens: tokens) }) { client in
            for who in ["anonymous"] + CaseLibraryWebTests.people.map(\.0) {
                let browser = TestBrowser(client)
                if who != "anonymous" { try await browser.signIn("\(who)@example.org", CaseLibraryWebTests.password) }
                let readable = Set(CaseLibraryWebTests.readers.filter { $0.value.contains(who) }.keys)
                let set = try await browser.get("/api/v1/cases/stix")
                #expect(set.status == .ok && set.headers[.contentType] == STIXExport.mediaType, "\(who): \(set.status)")
                #expect(set.headers[.cacheControl] == "private, no-store")
                #expect(try Self.caseIDs(set.body) == readable, "\(who)'s export")
                for id in CaseLibraryWebTests.readers.keys {
                    let one = try await browser.get("/api/v1/cases/\(id)/stix")
                    #expect(one.status == (readable.contains(id) ? .ok : .notFound), "\(who) /api/v1/cases/\(id)/stix: \(one.status)")
                    // Nothing of a case they may not read is in any of their exports.
                    if !readable.contains(id) { #expect(!set.body.contains(id) && !one.body.contains(id), "\(who), \(id)") }
                }
            }
            let token = await tokens.get("editor")
            let editor = try await client.get("/api/v1/cases/stix", headers: [.authorization: "Bearer \(token)", .accept: "application/json"])
            #expect(editor.headers[.contentType] == "application/json; charset=utf-8")
            #expect(try Self.caseIDs(editor.body) == Set(CaseLibraryWebTests.readers.keys), "an editor's token exports every case")
            let filtered = try await client.get("/api/v1/cases/stix?region=south")
            #expect(try Self.caseIDs(filtered.body).isEmpty && filtered.body.contains("\"type\":\"bundle\""))
            #expect(try await client.get("/api/v1/cases/stix?stage=dissolution&lang=fr").status == .badRequest)
            #expect(try await client.get("/api/v1/cases/stix?limit=501").status == .badRequest)
        }
    }

    @Test("an export imported into a fresh instance gives the same cases, answered alike in every language", arguments: TestEngine.available)
    func roundTrip(engine: TestEngine) async throws {
        let source = TokenBox()
        let (bundle, answers) = try await TestApp.run(
            engine: engine, content: Fixtures.testContent, seed: { try await Self.seed($0, tokens: source) }
        ) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(await source.get("editor"))"]
            var answers: [String: String] = [:]
            for id in CaseLibraryWebTests.readers.keys {
                for language in Language.allCases {
                    answers["\(id) \(language)"] = try await client.get("/api/v1/cases/\(id)?lang=\(language.code)", headers: auth).body
                }
            }
            return (try await client.get("/api/v1/cases/stix", headers: auth).body, answers)
        }
        let folder = try Self.emptyLibrary()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = TokenBox()
        try await TestApp.run(engine: engine, content: folder, seed: { try await Self.seed($0, tokens: target) }) { client in
            let token = await target.get("editor")
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            let imported = try await Self.post(client, "/api/v1/cases/import?lang=fr", token: token, body: bundle)
            #expect(imported.status == .created, "\(imported.body.prefix(600))")
            let result = try imported.json()
            #expect(
                (result["imported"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.sorted() == CaseLibraryWebTests.readers.keys.sorted())
            #expect((result["skipped"] as? [Any])?.isEmpty == true)
            for (key, answer) in answers {
                let parts = key.split(separator: " ")
                let again = try await client.get("/api/v1/cases/\(parts[0])?lang=\(parts[1])", headers: auth)
                #expect(again.body == answer, "\(key) differs after the round trip")
            }
            // Exported again, the cases give the very same bundle.
            #expect(try await client.get("/api/v1/cases/stix", headers: auth).body == bundle)
            let search = try await client.get("/api/v1/search?q=network&kind=case", headers: auth).body
            #expect(search.contains("open-network"), "imported cases are searchable")
            let admin = TestBrowser(client)
            try await admin.signIn("admin@example.org", CaseLibraryWebTests.password)
            #expect(try await admin.get("/en/admin/audit.csv").body.components(separatedBy: "case.import").count - 1 == 4)
            // Importing it again is refused: an import never replaces a case.
            let twice = try await Self.post(client, "/api/v1/cases/import", token: token, body: bundle)
            #expect(twice.status == .conflict && twice.body.contains("open-network"))
        }
    }

    @Test("the extension definition names the schema the server serves: under NEXUS_PUBLIC_URL, else under the request's Host")
    func schemaAddress() async throws {
        let path = "/schemas/stix/nexus-case-extension.json"
        #expect(
            PublishedSchema.stixCaseExtension.address(publicURL: nil, authority: "cases.example.org:8443", secure: true)
                == "https://cases.example.org:8443" + path)
        #expect(
            PublishedSchema.stixCaseExtension.address(publicURL: nil, authority: "evil.example.org/<x>", secure: false) == "http://localhost"
                + path)
        #expect(
            PublishedSchema.stixCaseExtension.address(publicURL: "https://nexus.example.org", authority: "internal:8080", secure: false)
                == "https://nexus.example.org" + path)
        @Sendable func schema(_ bundle: String) throws -> String? {
            try STIXToCase.parse(Data(bundle.utf8))["objects"]?.array?.first { $0["type"]?.stringValue == "extension-definition" }?["schema"]?
                .stringValue
        }
        try await TestApp.run(content: Fixtures.testContent) { client in
            let bundle = try await client.get("/api/v1/cases/open-network/stix").body
            #expect(try schema(bundle) == "http://localhost" + path)
            let served = try await client.get(path)
            #expect(served.status == .ok && served.headers[.contentType] == "application/schema+json")
            #expect(served.body.contains("\"oneOf\"") && served.body.contains(STIXIdentifiers.extensionDefinition))
        }
        try await TestApp.run(content: Fixtures.testContent, configure: { $0.publicURL = "https://nexus.example.org" }) { client in
            let bundle = try await client.get("/api/v1/cases/stix").body
            #expect(try schema(bundle) == "https://nexus.example.org" + path)
        }
    }
}
