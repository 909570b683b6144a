import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusDomain
import NexusTestSupport
import Testing

@Suite("The JSON API")
struct APITests {
    @Test("practices are listed with number, slug, theme, title and summary in the asked language")
    func practices() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/api/v1/practices?lang=fr")
            #expect(page.status == .ok && page.headers[.contentType] == "application/json; charset=utf-8")
            let body = try page.json()
            let practices = try #require(body["practices"] as? [[String: Any]])
            #expect(practices.map { $0["slug"] as? String } == ["first", "third", "pending"])
            #expect(practices[0]["title"] as? String == "Rendre les lois cohérentes")
            #expect(practices[0]["number"] as? Int == 1)
            #expect(practices[2]["number"] is NSNull, "an unknown number is null, not missing")
            #expect((practices[0]["theme"] as? [String: Any])?["letter"] as? String == "A")
            #expect(body["missingNumbers"] as? [Int] == [2])
        }
    }

    @Test("one practice by number or slug has everything its page shows")
    func practice() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let byNumber = try await client.get("/api/v1/practices/1?lang=ar").json()
            let bySlug = try await client.get("/api/v1/practices/first?lang=ar").json()
            #expect(NSDictionary(dictionary: byNumber) == NSDictionary(dictionary: bySlug))
            #expect(byNumber["keyActions"] as? [String] == ["استعراض القوانين.", "تعديل ما هو قاصر."])
            #expect((byNumber["standards"] as? [String: Any])?["basis"] as? String == "official")
            #expect(byNumber["isFallback"] as? Bool == false)
            let fallback = try await client.get("/api/v1/practices/pending?lang=sq").json()
            #expect(fallback["isFallback"] as? Bool == true && fallback["textLanguage"] as? String == "en")
        }
    }

    @Test("every list endpoint answers", arguments: ["themes", "instruments", "actors", "initiatives", "concept"])
    func lists(name: String) async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/api/v1/\(name)?lang=sq")
            #expect(page.status == .ok)
            #expect(try page.json()["language"] as? String == "sq")
        }
    }

    @Test("a malformed parameter is a 400 with a JSON error in the visitor's language")
    func badParameter() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/api/v1/practices?lang=xx", headers: [.acceptLanguage: "fr"])
            #expect(page.status == .badRequest)
            let error = try #require(try page.json()["error"] as? [String: Any])
            #expect(error["status"] as? Int == 400 && error["code"] as? String == "bad_parameter")
            #expect((error["message"] as? String)?.contains("« lang »") == true)
        }
    }

    @Test("unknown API paths and practices are JSON 404s")
    func notFound() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            for path in ["/api/v1/practices/77", "/api/v1/nothing", "/api/v9/practices"] {
                let page = try await client.get(path)
                #expect(page.status == .notFound, "\(path)")
                #expect(try page.json()["error"] != nil)
            }
        }
    }

    @Test("the OpenAPI document's enumerations follow the content schema")
    func enumerations() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let document = try await client.get("/openapi.json").json()
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            // The concept section names its group and status through the shared vocabularies.
            let section = try #require((schemas["ConceptSection"] as? [String: Any])?["properties"] as? [String: Any])
            #expect((section["group"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/ConceptGroup")
            #expect((section["status"] as? [String: Any])?["$ref"] as? String == "#/components/schemas/ContentStatus")
            #expect((schemas["ConceptGroup"] as? [String: Any])?["enum"] as? [String] == ContentSchema.conceptGroups)
            #expect((schemas["ContentStatus"] as? [String: Any])?["enum"] as? [String] == ContentStatus.allCases.map(\.rawValue))
        }
    }

    @Test("the OpenAPI document is served and describes every API route")
    func openAPI() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let document = try await client.get("/openapi.json").json()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = Set((document["paths"] as? [String: Any])?.keys.map { $0 } ?? [])
            #expect(
                paths == [
                    "/api/v1/practices", "/api/v1/practices/{practice}", "/api/v1/themes", "/api/v1/instruments",
                    "/api/v1/actors", "/api/v1/initiatives", "/api/v1/concept", "/api/v1/search", "/healthz", "/api/v1/users",
                    "/api/v1/meetings", "/api/v1/meetings/{meeting}", "/api/v1/meetings/{meeting}/participation", "/api/v1/cases",
                    "/api/v1/cases/{case}", "/api/v1/cases/{case}/stix", "/api/v1/cases/stix", "/api/v1/cases/import",
                    "/api/v1/findings", "/api/v1/findings/{finding}", "/api/v1/scenarios", "/api/v1/scenarios/{scenario}",
                    "/api/v1/scenarios/import",
                ])
        }
    }
}
