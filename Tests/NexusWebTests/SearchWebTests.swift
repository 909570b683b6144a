import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

/// The search page and `GET /api/v1/search`, through the application.
@Suite("Search through the web")
struct SearchWebTests {
    private func results(_ client: some TestClientProtocol, _ query: String) async throws -> [[String: Any]] {
        let page = try await client.get("/api/v1/search?\(query)")
        #expect(page.status == .ok, "\(query): \(page.body)")
        return try #require(try page.json()["results"] as? [[String: Any]])
    }

    @Test("the API finds a practice by its words, links it in the asked language and marks what matched")
    func api() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/api/v1/search?q=review+laws&lang=en")
            let body = try page.json()
            #expect(body["query"] as? String == "review laws", "a + in a query string is a space")
            let first = try #require((body["results"] as? [[String: Any]])?.first)
            #expect(first["id"] as? String == "first" && first["kind"] as? String == "practice")
            #expect(first["url"] as? String == "/en/practices/1" && first["lang"] as? String == "en")
            #expect((first["snippet"] as? String)?.contains("<mark>") == true)
            let kinds = try #require((body["facets"] as? [String: Any])?["kind"] as? [[String: Any]])
            #expect(kinds.contains { $0["value"] as? String == "practice" })
        }
    }

    @Test("Arabic is found with or without vowels, French without its accents")
    func languages() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            for query in ["القوانين", "القَوانِين"] {
                let escaped = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let first = try #require(try await results(client, "q=\(escaped)&lang=ar").first)
                #expect(first["url"] as? String == "/ar/practices/1" && first["lang"] as? String == "ar", "\(query)")
            }
            let french = try #require(try await results(client, "q=detection+repression&lang=fr").first)
            #expect(french["url"] as? String == "/fr/actors/police")
        }
    }

    @Test("filters narrow the results to a kind, a language or what a facet names")
    func filters() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let instruments = try await results(client, "q=treaty&kind=instrument&lang=en")
            #expect(!instruments.isEmpty && instruments.allSatisfy { $0["kind"] as? String == "instrument" })
            let citing = try await results(client, "q=laws&instrument=treaty&lang=en")
            #expect(citing.contains { $0["id"] as? String == "first" })
            #expect(try await results(client, "q=laws&instrument=other&lang=en").isEmpty)
            let french = try await results(client, "q=lois&language=fr&lang=en")
            #expect(!french.isEmpty && french.allSatisfy { $0["lang"] as? String == "fr" })
        }
    }

    @Test(
        "what cannot be used is a 400 in the reader's language",
        arguments: [
            "page=0", "page=two", "kind=bogus", "language=xx", "theme=Bad_Slug", "region=Not_A_Region", "q=" + String(repeating: "a", count: 201),
        ])
    func badParameters(_ query: String) async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let api = try await client.get("/api/v1/search?lang=fr&\(query)")
            #expect(api.status == .badRequest)
            let error = try #require(try api.json()["error"] as? [String: Any])
            #expect(error["code"] as? String == "bad_parameter")
            let message = try #require(error["message"] as? String)
            let page = try await client.get("/fr/search?\(query)")
            #expect(page.status == .badRequest && page.body.contains("lang=\"fr\""))
            #expect(page.body.contains(message.replacingOccurrences(of: "'", with: "&#39;")) || page.body.contains(message))
            let english = try await client.get("/api/v1/search?lang=en&\(query)").json()
            #expect((english["error"] as? [String: Any])?["message"] as? String != message, "the message is French, not English")
        }
    }

    @Test("the page lists results with marks, keeps the question across languages and escapes what it echoes")
    func page() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/en/search?q=laws")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/en/practices/1\"") && page.body.contains("<mark>"))
            #expect(page.body.contains("href=\"/fr/search?q=laws\""), "the language switcher keeps the query")
            let empty = try await client.get("/ar/search")
            #expect(empty.status == .ok && empty.body.contains("dir=\"rtl\"") && !empty.body.contains("<mark>"))
            let hostile = try await client.get("/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            #expect(hostile.status == .ok && !hostile.body.contains("<script>alert") && hostile.body.contains("&lt;script&gt;"))
        }
    }

    @Test("every page carries the search box, and the answers are never cached")
    func searchBox() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            for path in ["/en", "/ar/practices/1", "/fr/concept", "/sq/instruments/treaty"] {
                let body = try await client.get(path).body
                let language = String(path.dropFirst().prefix(2))
                #expect(body.contains("action=\"/\(language)/search\""), "\(path)")
            }
            let first = try await client.get("/en/search?q=laws")
            #expect(first.headers[.cacheControl] == "no-cache")
            #expect(try await client.get("/en/search?q=treaty").body != first.body)
        }
    }

    @Test("a published change is found at once", arguments: TestEngine.available)
    func publishing(_ engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            #expect(try await results(client, "q=harmonise&lang=en").isEmpty)
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", WorkflowTests.password)
            try await editor.get("/en/edit/practices/first")
            let published = try await editor.post(
                "/en/edit/practices/first",
                WorkflowTests.practiceForm(title: "Harmonise the laws", steps: ["Review the laws."]) + [("action", "publish")])
            #expect(published.status == .seeOther)
            let found = try await results(client, "q=harmonised&lang=en")
            #expect(found.first?["id"] as? String == "first" && found.first?["title"] as? String == "Harmonise the laws")
        }
    }
}
