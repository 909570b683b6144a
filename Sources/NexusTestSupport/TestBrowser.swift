public import HTTPTypes
public import HummingbirdTesting
import Foundation
import NIOCore

/// A minimal browser for tests: keeps cookies, reads the CSRF token of the last page,
/// and submits forms the way an HTML form does.
public actor TestBrowser {
    /// A response with its body as text.
    public struct Page: Sendable {
        public let status: HTTPResponse.Status
        public let headers: HTTPFields
        public let body: String
    }

    private let client: any TestClientProtocol
    private var cookies: [String: String] = [:]
    /// The `_csrf` value of the last page that had a form.
    public private(set) var csrfToken: String?

    public init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// Loads a page.
    @discardableResult
    public func get(_ path: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(path, method: .get, headers: headers, body: nil)
    }

    /// Submits a form; the CSRF token of the last page is added unless `csrf` says otherwise.
    @discardableResult
    public func post(_ path: String, _ fields: [(String, String)], csrf: String? = nil, includeCSRF: Bool = true) async throws -> Page {
        var all = fields
        if includeCSRF, let token = csrf ?? csrfToken { all.append(("_csrf", token)) }
        let encoded = all.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
        return try await send(
            path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: encoded))
    }

    /// Submits a form with a file, as `multipart/form-data`; the CSRF token of the last page is added.
    @discardableResult
    public func upload(_ path: String, _ fields: [(String, String)], file: (field: String, name: String, content: [UInt8])) async throws -> Page {
        let boundary = "----nexus-test-boundary-7d3f"
        var body = [UInt8]()
        func append(_ text: String) { body += Array(text.utf8) }
        for (name, value) in fields + (csrfToken.map { [("_csrf", $0)] } ?? []) {
            append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n")
        append("Content-Type: text/csv\r\n\r\n")
        body += file.content
        append("\r\n--\(boundary)--\r\n")
        return try await send(
            path, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(bytes: body))
    }

    /// Signs in through the sign-in form.
    @discardableResult
    public func signIn(_ email: String, _ password: String, language: String = "en") async throws -> Page {
        try await get("/\(language)/sign-in")
        return try await post("/\(language)/sign-in", [("email", email), ("password", password), ("next", "")])
    }

    /// The value of a cookie the browser holds.
    public func cookie(_ name: String) -> String? { cookies[name] }

    /// Sets a cookie, as a browser that kept an old one would send it.
    public func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    private func send(_ path: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.executeRequest(uri: path, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || header.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        let text = String(buffer: response.body)
        if let range = text.range(of: "name=\"_csrf\" value=\"") {
            csrfToken = String(text[range.upperBound...].prefix { $0 != "\"" })
        }
        return Page(status: response.status, headers: response.headers, body: text)
    }

    private static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
