import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
@testable import NexusWeb
import Testing

/// The case library from the outside: what each principal sees of the fixture cases (one
/// public, one for registered users, one restricted to facilitators, one draft) on every
/// route that can show a case — page, library, API, search, practice page — and that the
/// page cache never carries one reader's view to another.
@Suite("The case library on the web")
struct CaseLibraryWebTests {
    static let password = "a long test passphrase"
    static let people: [(String, Set<Role>)] = [
        ("viewer", [.viewer]), ("facilitator", [.facilitator]), ("officer", [.programmeOfficer]), ("editor", [.editor]), ("admin", [.admin]),
    ]

    /// Who reads which fixture case.
    static let readers: [String: Set<String>] = [
        "open-network": ["anonymous", "viewer", "facilitator", "officer", "editor", "admin"],
        "members-only": ["viewer", "facilitator", "officer", "editor", "admin"],
        "trainers-only": ["facilitator", "editor", "admin"],
        "draft-case": ["officer", "editor", "admin"],
    ]

    static func seed(_ accounts: Accounts) async throws {
        for (name, roles) in people {
            _ = try await accounts.createUser(
                email: "\(name)@example.org", name: name.capitalized, password: password, roles: roles, by: .commandLine)
        }
    }

    @Test("every route that shows cases shows each principal exactly what CaseAccess allows", arguments: TestEngine.available)
    func visibility(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seed) { client in
            for who in ["anonymous"] + Self.people.map(\.0) {
                let browser = TestBrowser(client)
                if who != "anonymous" { try await browser.signIn("\(who)@example.org", Self.password) }
                let library = try await browser.get("/en/cases").body
                let api = try await browser.get("/api/v1/cases").body
                let search = try await browser.get("/api/v1/search?q=case&kind=case").body
                for (id, allowed) in Self.readers {
                    let may = allowed.contains(who)
                    let page = try await browser.get("/en/cases/\(id)")
                    #expect(page.status == (may ? .ok : .notFound), "\(who) /en/cases/\(id): \(page.status)")
                    #expect(page.headers[.cacheControl] == (may ? "private, no-store" : page.headers[.cacheControl]))
                    let one = try await browser.get("/api/v1/cases/\(id)")
                    #expect(one.status == (may ? .ok : .notFound), "\(who) /api/v1/cases/\(id): \(one.status)")
                    #expect(library.contains("/en/cases/\(id)\"") == may, "\(who) library, \(id)")
                    #expect(api.contains("\"id\":\"\(id)\"") == may, "\(who) API list, \(id)")
                    // Drafts are not searched differently from their level: the document carries the draft audience.
                    #expect(search.contains("\"/en/cases/\(id)\"") == may, "\(who) search, \(id)")
                }
                // The practice page lists the public case only, whoever reads it.
                let practice = try await browser.get("/en/practices/first").body
                #expect(practice.contains("/en/cases/open-network"))
                for id in ["members-only", "trainers-only", "draft-case"] { #expect(!practice.contains(id), "\(who) practice page, \(id)") }
            }
        }
    }

    @Test("the page cache never serves a signed-in reader's view, and the practice page changes when a case is published")
    func cache() async throws {
        try await TestApp.run(content: Fixtures.testContent, seed: Self.seed) { client in
            let visitor = TestBrowser(client)
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            _ = try await editor.get("/en/cases")
            _ = try await editor.get("/en/cases/trainers-only")
            let library = try await visitor.get("/en/cases")
            #expect(!library.body.contains("trainers-only") && !library.body.contains("draft-case"))
            #expect(try await visitor.get("/en/cases/trainers-only").status == .notFound)
        }
    }

    @Test("the case page draws the network, tabulates it, and says what is not translated", arguments: Language.allCases)
    func casePage(language: Language) async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/\(language.code)/cases/open-network")
            #expect(page.status == .ok)
            let body = page.body
            #expect(body.components(separatedBy: "class=\"network-node ").count - 1 == 5)
            #expect(body.components(separatedBy: "class=\"network-edge\"").count - 1 == 6)
            #expect(body.components(separatedBy: "<tr><td data-label=").count - 1 == 11)  // 6 relationships, 5 actors
            #expect(body.contains("href=\"/\(language.code)/practices/"))
            #expect(body.contains("notice-composite"))
            // Arabic has the title only: the rest is shown in English, marked as such.
            #expect(body.contains("class=\"prose\" lang=\"en\" dir=\"ltr\"") == (language == .ar || language == .sq))
        }
    }

    @Test("the library filters, counts and refuses filters it does not know, in the reader's language")
    func library() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            #expect(try await client.get("/en/cases?region=north").body.contains("/en/cases/open-network"))
            // The Arabic card has an Arabic title but an English excerpt, marked as English.
            let arabic = try await client.get("/ar/cases").body
            #expect(arabic.contains("<p class=\"card-summary\" lang=\"en\" dir=\"ltr\">"))
            #expect(!arabic.contains("<span class=\"card-title\" lang="))
            #expect(!(try await client.get("/en/cases?region=south").body.contains("/en/cases/open-network")))
            let bad = try await client.get("/fr/cases?stage=dissolution")
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("La bibliothèque ne connaît pas ce filtre"), "the refusal is in French")
            let api = try await client.get("/api/v1/cases?stage=dissolution")
            #expect(api.status == .badRequest && api.body.contains("bad_parameter"))
            #expect(try await client.get("/api/v1/cases?limit=0").status == .badRequest)
            let paged = try await client.get("/api/v1/cases?limit=1&offset=0")
            let json = try JSONSerialization.jsonObject(with: Data(paged.body.utf8)) as? [String: Any]
            #expect(json?["total"] as? Int == 1 && (json?["cases"] as? [Any])?.count == 1)
            #expect(try await client.get("/api/v1/cases/no-such-case").status == .notFound)
        }
    }

    @Test("raw HTML in a case's texts renders inert on its page, in the network and in search")
    func hostile() async throws {
        let fixture = try String(contentsOfFile: Fixtures.testContent + "/cases/open-network.json", encoding: .utf8)
        let attack = #"<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))"#
        let hostile = fixture.replacingOccurrences(of: "Smuggling group A", with: attack.replacingOccurrences(of: "\"", with: "\\\""))
            .replacingOccurrences(of: "A smuggling group sells forged papers to an armed cell.", with: attack)
        let folder = try Fixtures.makeContentFolder(["cases/open-network.json": hostile])
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: Fixtures.testContent, toPath: folder)
        try hostile.write(toFile: folder + "/cases/open-network.json", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await TestApp.run(content: folder) { client in
            #expect(try await client.get("/en/cases/open-network").body.contains("&lt;script&gt;"))
            for path in ["/en/cases/open-network", "/en/cases", "/en/search?q=alert&kind=case"] {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                for problem in MarkupInjectionTests.violations(in: page.body) { Issue.record("\(path): \(problem)") }
            }
        }
    }
}
