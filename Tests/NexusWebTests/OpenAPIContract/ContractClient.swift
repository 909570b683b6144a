import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NexusTestSupport
import Testing

/// Sends API requests to the application under test and holds both sides to the OpenAPI
/// document: every request must address a documented operation with documented
/// parameters, credentials and body, and every response must have a status the operation
/// documents, with its content type, body schema and headers. Each documented response it
/// sees is logged for the coverage check.
struct ContractClient: Sendable {
    let client: any TestClientProtocol
    let contract: OpenAPIContract
    let log: ContractLog

    /// What a request is meant to be.
    enum Shape {
        /// Within the document: any problem the validator finds fails the test.
        case documented
        /// Deliberately outside it (a bad enum value, no credentials, malformed JSON): the
        /// validator must find a problem, or the document does not state the rule the
        /// server enforces.
        case breaksDocument
    }

    /// A response, read.
    struct Answer: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String
        /// The body as JSON, when it is JSON.
        let json: JSONValue?
    }

    /// Sends `method` to `target` (path and query) with a bearer `token`, a JSON text or raw
    /// body, and checks the exchange; `expect` is the status the scenario calls for.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ target: String, token: String? = nil, headers: HTTPFields = [:], json: String? = nil,
        body: ByteBuffer? = nil, shape: Shape = .documented, expect: HTTPResponse.Status,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Answer {
        try await send(
            method, target, token: token, headers: headers, json: json, body: body, shape: shape, expectOneOf: [expect],
            sourceLocation: sourceLocation)
    }

    /// Like ``send(_:_:token:headers:json:body:shape:expect:sourceLocation:)``, for a
    /// request whose answer depends on a race: any of `expectOneOf` will do.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method, _ target: String, token: String? = nil, headers: HTTPFields = [:], json: String? = nil,
        body: ByteBuffer? = nil, shape: Shape = .documented, expectOneOf expected: Set<HTTPResponse.Status>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Answer {
        var headers = headers
        let payload = body ?? json.map { ByteBuffer(string: $0) }
        if payload != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        if let token { headers[.authorization] = "Bearer \(token)" }
        let label = "\(method.rawValue) \(target.count > 160 ? String(target.prefix(160)) + "…" : target)"

        let request = ContractRequest(
            method: method.rawValue, target: target, headers: Self.dictionary(headers),
            body: payload.map { Data($0.readableBytesView) })
        let checked = contract.check(request)
        switch shape {
        case .documented where !checked.problems.isEmpty:
            Issue.record("\(label): the request departs from the document:\n\(Self.list(checked.problems))", sourceLocation: sourceLocation)
        case .breaksDocument where checked.problems.isEmpty:
            Issue.record(
                "\(label): the request was meant to break the document, but the document allows it: it does not state the rule",
                sourceLocation: sourceLocation)
        default: break
        }

        let (answer, bytes) = try await client.execute(uri: target, method: method, headers: headers, body: payload) { response in
            let bytes = Data(response.body.readableBytesView)
            let answer = Answer(
                status: response.status, headers: response.headers, body: String(buffer: response.body), json: try? JSONValue.parse(bytes))
            return (answer, bytes)
        }
        if !expected.contains(answer.status) {
            Issue.record(
                "\(label): expected \(expected.map(\.code).sorted()), got \(answer.status.code): \(answer.body.prefix(400))",
                sourceLocation: sourceLocation)
        }
        guard let operation = checked.match?.operation else {
            Issue.record("\(label): no documented operation, so the response \(answer.status.code) cannot be checked", sourceLocation: sourceLocation)
            return answer
        }
        let response = ContractResponse(status: Int(answer.status.code), headers: Self.dictionary(answer.headers), body: bytes)
        let verdict = contract.check(response, to: operation)
        if !verdict.problems.isEmpty {
            Issue.record(
                "\(label): the \(response.status) response departs from the document:\n\(Self.list(verdict.problems))",
                sourceLocation: sourceLocation)
        }
        if let status = verdict.documentedStatus { await log.saw(DocumentedResponse(operation: operation.key, status: status)) }
        return answer
    }

    private static func dictionary(_ fields: HTTPFields) -> [String: String] {
        var values: [String: String] = [:]
        for field in fields {
            let name = field.name.canonicalName
            values[name] = values[name].map { $0 + ", " + field.value } ?? field.value
        }
        return values
    }

    /// At most twelve problems, one a line: enough to see what is wrong without a wall of text.
    private static func list(_ problems: [ContractProblem]) -> String {
        let shown = problems.prefix(12).map { "  \($0)" }.joined(separator: "\n")
        return problems.count > 12 ? shown + "\n  … and \(problems.count - 12) more" : shown
    }
}

/// The documented responses a contract run has seen.
actor ContractLog {
    private(set) var seen: Set<DocumentedResponse> = []

    func saw(_ response: DocumentedResponse) { seen.insert(response) }

    /// The documented responses of `document` not seen yet, sorted.
    func unseen(in document: OpenAPIDocument) -> [DocumentedResponse] {
        Set(document.documentedResponses).subtracting(seen).sorted()
    }
}
