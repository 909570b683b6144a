import Foundation

/// A request as the contract sees it: method, path, query, headers and body, without
/// any framework's types, so that the validator can check a request from anywhere.
public struct ContractRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// The path without its query, still percent-encoded.
    public var path: String
    /// The query's parameters in order, decoded as a form decodes them (`+` is a space).
    public var query: [QueryItem]
    /// Headers by lower-case name.
    public var headers: [String: String]
    /// The body; `nil` or empty when there is none.
    public var body: Data?

    /// One query parameter.
    public struct QueryItem: Sendable, Hashable {
        public let name: String
        public let value: String
    }

    /// A request to `target` (path and query, as on the request line).
    public init(method: String, target: String, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method.uppercased()
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(parts[0])
        query = parts.count > 1 ? Self.queryItems(String(parts[1])) : []
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    static func queryItems(_ query: String) -> [QueryItem] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return QueryItem(name: decode(parts[0]), value: parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}

/// A response as the contract sees it.
public struct ContractResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Headers by lower-case name.
    public var headers: [String: String]
    /// The body; empty when there is none.
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

/// What checking a request found: the operation it addresses, if any, and its problems.
public struct RequestCheck: Sendable {
    /// The documented operation; `nil` when the document has none for this method and path.
    public let match: OperationMatch?
    /// Every way the request departs from the document.
    public let problems: [ContractProblem]
}

/// What checking a response found.
public struct ResponseCheck: Sendable {
    /// The response key the status fell under (`200`, `4XX`, `default`); `nil` when undocumented.
    public let documentedStatus: String?
    /// Every way the response departs from the document.
    public let problems: [ContractProblem]
}

/// `application/json; charset=utf-8` → `application/json`.
func mediaType(_ contentType: String) -> String {
    String(contentType.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
}

/// Whether bodies of `mediaType` are JSON, and so checked against their schema.
func isJSON(_ mediaType: String) -> Bool { mediaType == "application/json" || mediaType.hasSuffix("+json") }
