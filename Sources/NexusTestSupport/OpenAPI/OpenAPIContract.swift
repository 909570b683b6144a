import Foundation

/// Checks requests and responses against an OpenAPI document: that a request addresses
/// a documented operation with its parameters, credentials and body as documented, and
/// that a response has a documented status, content type, body and headers.
public struct OpenAPIContract: Sendable {
    /// The document.
    public let document: OpenAPIDocument
    /// Its schemas' validator.
    public let schemas: JSONSchemaValidator

    public init(document: OpenAPIDocument) {
        self.document = document
        schemas = JSONSchemaValidator(document: document)
    }

    /// Checks a request: its operation, parameters, credentials and body.
    public func check(_ request: ContractRequest) -> RequestCheck {
        guard let match = document.operation(method: request.method, path: request.path) else {
            return RequestCheck(
                match: nil, problems: [ContractProblem(JSONPath("operation"), "\(request.method) \(request.path) is not a documented operation")])
        }
        let problems = parameterProblems(request, match) + securityProblems(request, match.operation) + requestBodyProblems(request, match.operation)
        return RequestCheck(match: match, problems: problems)
    }

    /// Checks a response to `operation`: its status, headers, content type and body.
    public func check(_ response: ContractResponse, to operation: OpenAPIOperation) -> ResponseCheck {
        let responses = operation.definition["responses"]?.objectValue ?? [:]
        let exact = String(response.status)
        let range = "\(response.status / 100)XX"
        guard let key = [exact, range, "default"].first(where: { responses[$0] != nil }), let declared = responses[key] else {
            let documented = responses.keys.sorted().joined(separator: ", ")
            return ResponseCheck(
                documentedStatus: nil,
                problems: [
                    ContractProblem(JSONPath("status"), "\(response.status) is not documented for \(operation.key) (documented: \(documented))")
                ])
        }
        let definition: JSONValue
        switch document.resolved(declared, at: JSONPath("responses.\(key)")) {
        case .failure(let problem): return ResponseCheck(documentedStatus: key, problems: [problem])
        case .success(let resolved): definition = resolved
        }
        var problems = headerProblems(response, definition)
        problems += contentProblems(
            body: response.body, contentType: response.headers["content-type"], content: definition["content"], what: "response")
        return ResponseCheck(documentedStatus: key, problems: problems)
    }

    /// The documented headers of a response: required ones present, every one's value of its schema.
    private func headerProblems(_ response: ContractResponse, _ definition: JSONValue) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        for (name, declared) in (definition["headers"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            // OpenAPI ignores a header named Content-Type here: the content map says it.
            guard name.lowercased() != "content-type" else { continue }
            let path = JSONPath("header.\(name)")
            let header: JSONValue
            switch document.resolved(declared, at: path) {
            case .failure(let problem):
                problems.append(problem)
                continue
            case .success(let resolved): header = resolved
            }
            guard let value = response.headers[name.lowercased()] else {
                if header["required"] == .bool(true) { problems.append(ContractProblem(path, "is required but missing")) }
                continue
            }
            if let schema = header["schema"] { problems += schemas.validate(parameterValue(value, schema), against: schema, at: path) }
        }
        return problems
    }

    /// A body against a content map (`{"application/json": {"schema": …}}`): its type must be
    /// one the map names, and a JSON body must match that entry's schema. Without a map (or
    /// with an empty one) there must be no body.
    func contentProblems(body: Data, contentType: String?, content: JSONValue?, what: String) -> [ContractProblem] {
        let types = content?.objectValue ?? [:]
        guard !types.isEmpty else {
            return body.isEmpty ? [] : [ContractProblem(JSONPath("body"), "the \(what) carries a body the document does not describe")]
        }
        guard let contentType else {
            return [
                ContractProblem(
                    JSONPath("header.Content-Type"), "is missing; the \(what) body must be \(types.keys.sorted().joined(separator: " or "))")
            ]
        }
        let given = mediaType(contentType)
        guard let entry = types.first(where: { mediaType($0.key) == given })?.value else {
            return [
                ContractProblem(
                    JSONPath("header.Content-Type"), "\(given) is not documented here (documented: \(types.keys.sorted().joined(separator: ", ")))")
            ]
        }
        guard isJSON(given), let schema = entry["schema"] else { return [] }
        let value: JSONValue
        do {
            value = try JSONValue.parse(body)
        } catch {
            return [ContractProblem(.body, "the \(what) body is \(error)")]
        }
        return schemas.validate(value, against: schema)
    }
}
