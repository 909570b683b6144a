import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusDomain
import NexusTestSupport
import NexusWeb
import Testing

/// The real application, driven through its responder on a throwaway database.
@Suite("The application, request by request")
struct AppTests {
    static let pagePaths = [
        "", "/concept", "/concept/form-one", "/practices", "/practices/1", "/practices/pending", "/themes/a",
        "/instruments", "/instruments/treaty", "/actors", "/actors/police", "/initiatives", "/initiatives/project",
    ]

    @Test("every page type loads in every language, with the right lang and dir", arguments: TestEngine.available)
    func everyPage(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent) { client in
            for language in Language.allCases {
                for path in Self.pagePaths {
                    let page = try await client.get("/\(language.code)\(path)")
                    #expect(page.status == .ok, "/\(language.code)\(path)")
                    let dir = language.isRightToLeft ? "rtl" : "ltr"
                    #expect(page.body.contains("<html lang=\"\(language.code)\" dir=\"\(dir)\">"), "/\(language.code)\(path)")
                    #expect(page.headers[.contentLanguage] == language.code)
                    #expect(!page.body.contains("{{"), "unrendered template tag on /\(language.code)\(path)")
                }
            }
        }
    }

    @Test("the bundled content serves practice 1 and 2 in every language")
    func bundled() async throws {
        try await TestApp.run { client in
            for language in Language.allCases {
                for path in ["/practices/1", "/practices/2", "/instruments/untoc", "/concept"] {
                    #expect(try await client.get("/\(language.code)\(path)").status == .ok)
                }
            }
            let list = try await client.get("/en/practices")
            #expect(list.body.contains("not yet carry: 3–22."), "the list says which numbered practices await the official text")
            #expect(list.body.contains("/en/practices/23") && list.body.contains("/en/practices/gender-based-analysis"))
            let pending = try await client.get("/fr/practices/gender-based-analysis")
            #expect(pending.status == .ok && pending.body.contains("notice-status"))
            let arabic = try await client.get("/ar/practices/2")
            #expect(arabic.body.contains("الخطوة 4"))
            #expect(!arabic.body.contains("notice-language"), "practice 2 is translated: no fallback notice")
        }
    }

    @Test("/ redirects by Accept-Language")
    func rootRedirect() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let french = try await client.get("/", headers: [.acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.5"])
            #expect(french.status == .found && french.headers[.location] == "/fr")
            #expect(french.headers[.vary] == "Accept-Language")
            #expect(try await client.get("/", headers: [.acceptLanguage: "de"]).headers[.location] == "/en")
            #expect(try await client.get("/").headers[.location] == "/en")
        }
    }

    @Test("an unknown practice is a 404 page in the request's language")
    func unknownPractice() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/ar/practices/99")
            #expect(page.status == .notFound)
            #expect(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(page.body.contains("99"))
        }
    }

    @Test("an unknown language is a 404 that lists the available ones")
    func unknownLanguage() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/de/practices/1", headers: [.acceptLanguage: "fr"])
            #expect(page.status == .notFound)
            #expect(page.body.contains("<html lang=\"fr\""))
            for language in Language.allCases { #expect(page.body.contains(">\(language.nativeName)</a>")) }
            #expect(page.body.contains("« de »") || page.body.contains("de"))
        }
    }

    @Test("the switcher keeps the place, and the canonical link uses the number")
    func switcher() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/en/practices/first")
            #expect(page.body.contains("<link rel=\"canonical\" href=\"/en/practices/1\">"))
            for code in ["fr", "ar", "sq"] {
                #expect(page.body.contains("<a href=\"/\(code)/practices/first\" lang=\"\(code)\""))
            }
        }
    }

    @Test("every answer carries the security headers", arguments: ["/en", "/api/v1/practices", "/nope", "/assets/site.css", "/healthz"])
    func securityHeaders(path: String) async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get(path)
            let csp = try #require(page.headers[.contentSecurityPolicy])
            #expect(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"))
            #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(page.headers[HTTPField.Name("Referrer-Policy")!] != nil)
        }
    }

    @Test("HEAD answers without a body; other methods are not allowed")
    func methods() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let head = try await client.get("/en/practices/1", method: .head)
            #expect(head.status == .ok && head.body.isEmpty)
            let post = try await client.get("/en/practices/1", method: .post)
            #expect(post.status == .methodNotAllowed && post.headers[.allow] == "GET, HEAD")
        }
    }

    @Test("health answers 200 while the database answers", arguments: TestEngine.available)
    func health(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent) { client in
            let page = try await client.get("/healthz")
            #expect(page.status == .ok)
            #expect(page.body == "{\"database\":\"\(engine.rawValue)\",\"status\":\"ok\"}")
        }
    }

    @Test("metrics count requests by route, for the monitoring that holds the metrics token only")
    func metrics() async throws {
        let token = "a-metrics-token-for-tests"
        try await TestApp.run(content: Fixtures.testContent, configure: { $0.metricsToken = token }) { client in
            _ = try await client.get("/en/practices/1")
            _ = try await client.get("/en/practices/1")
            _ = try await client.get("/en/nope")
            let anonymous = try await client.get("/metrics")
            #expect(anonymous.status == .unauthorized)
            let wrong = try await client.get("/metrics", headers: [.authorization: "Bearer not-the-token"])
            #expect(wrong.status == .unauthorized)
            let page = try await client.get("/metrics", headers: [.authorization: "Bearer \(token)"])
            #expect(page.headers[.contentType]?.hasPrefix("text/plain") == true)
            #expect(page.body.contains("nexus_http_requests_total{route=\"page_practice\",method=\"GET\",status=\"200\"} 2"))
            #expect(page.body.contains("nexus_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1"))
            #expect(page.body.contains("nexus_http_request_duration_seconds_bucket{route=\"page_practice\""))
        }
    }

    @Test("without a metrics token, /metrics is not served")
    func metricsOff() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let page = try await client.get("/metrics")
            #expect(page.status == .notFound)
        }
    }

    @Test("assets are served with a validator, and revalidation is answered 304")
    func assets() async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            let css = try await client.get("/assets/site.css")
            #expect(css.status == .ok && css.headers[.contentType] == "text/css; charset=utf-8")
            let etag = try #require(css.headers[.eTag])
            #expect(try await client.get("/assets/site.css", headers: [.ifNoneMatch: etag]).status == .notModified)
            #expect(try await client.get("/assets/missing.css").status == .notFound)
        }
    }
}
