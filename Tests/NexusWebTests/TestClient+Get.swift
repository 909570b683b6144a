import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// A response read as text, for assertions.
struct Page: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    /// The body read as a JSON object; fails the test when it is not one.
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }
}

extension TestClientProtocol {
    /// Sends a GET (or another method) and reads the body as UTF-8 text.
    func get(_ path: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:]) async throws -> Page {
        try await execute(uri: path, method: method, headers: headers) { response in
            Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}
