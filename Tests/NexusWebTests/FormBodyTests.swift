import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Forms and query strings are read by the framework's decoders; what they cannot read
/// is refused with a 400 in the visitor's language, and nothing is saved.
@Suite("Reading forms and query strings")
struct FormBodyTests {
    @Test("URL-encoded: plus for space, name[] for several values, a field twice under one plain name is malformed")
    func urlEncoded() throws {
        let form = try FormBody(urlEncoded: "q=two+words&roles%5B%5D=editor&roles[]=admin&empty=&note=caf%C3%A9")
        #expect(form["q"] == "two words")
        #expect(form.all("roles") == ["editor", "admin"])
        #expect(form["empty"] == "" && form.text("note") == "café")
        #expect(form.all("missing").isEmpty && form["missing"] == nil)
        for malformed in ["a=1&a=2", "a=%zz", "a[b]=1", "a[]=1&a=2"] {
            #expect(throws: FormBody.Malformed.self, "\(malformed)") { try FormBody(urlEncoded: malformed) }
        }
    }

    @Test("multipart: the field name comes from the name parameter, wherever it stands; bytes that are not UTF-8 are flagged")
    func multipart() throws {
        func body(_ disposition: String, _ content: [UInt8]) -> [UInt8] {
            Array("--b7\r\nContent-Disposition: form-data; \(disposition)\r\nContent-Type: text/csv\r\n\r\n".utf8) + content
                + Array("\r\n--b7--\r\n".utf8)
        }
        // The hand-written parser this replaced took the first `name="` it saw: here, the file name.
        let reordered = try Self.read(body(#"filename="x"; name="file""#, Array("a,b\n".utf8)), type: "multipart/form-data; boundary=b7")
        #expect(reordered["file"] == "a,b\n" && reordered["x"] == nil)
        let binary = try Self.read(body(#"name="file"; filename="f.csv""#, [0xFF, 0xFE, 0x00]), type: "multipart/form-data; boundary=b7")
        #expect(binary["file"] == nil && binary["file" + FormBody.notUTF8Suffix] != nil)
        #expect(throws: FormBody.Malformed.self) { try Self.read(body(#"name="file""#, []), type: "multipart/form-data") }
    }

    @Test("a query or form that cannot be read is a 400 in the request's language, as a page or as JSON")
    func refused() async throws {
        try await TestApp.run { client in
            let page = try await client.get("/fr/search?q=a&q=b")
            #expect(page.status == .badRequest && page.body.contains("Illisible"))
            let api = try await client.get("/api/v1/findings?lang=ar&region=%zz")
            #expect(api.status == .badRequest && api.headers[.contentType]?.hasPrefix("application/json") == true)
            // The query holds the language too, so an unreadable one is answered in English.
            #expect(api.body.contains("bad_form") && api.body.contains("Nothing was saved"))
            let browser = TestBrowser(client)
            try await browser.get("/en/sign-in")
            let twice = try await browser.post("/en/sign-in", [("email", "a@example.org"), ("email", "b@example.org"), ("password", "x")])
            #expect(twice.status == .badRequest && twice.body.contains("Nothing was saved"))
        }
    }

    @Test("a form larger than the upload limit is a 413 page in the reader's language, not a server error")
    func tooLarge() async throws {
        try await TestApp.run { client in
            let browser = TestBrowser(client)
            try await browser.get("/fr/sign-in")
            let padding = String(repeating: "x", count: NexusRequestContext.uploadLimit)
            let page = try await browser.post("/fr/sign-in", [("email", "a@example.org"), ("password", padding)])
            #expect(page.status == .contentTooLarge && page.headers[.contentLanguage] == "fr")
        }
    }

    private static func read(_ body: [UInt8], type: String) throws -> FormBody {
        try FormBody.parse(ByteBuffer(bytes: body), contentType: type)
    }
}
