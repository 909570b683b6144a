import Foundation

/// An OpenAPI 3.1 document, read once: its operations, and `$ref` resolution inside it.
///
/// Only local references (`#/components/…`) are followed; the API's document has no other
/// kind, and a reference this type cannot follow is reported as a problem, never skipped.
public struct OpenAPIDocument: Sendable {
    /// The whole document.
    public let root: JSONValue
    /// Every operation, in path and method order.
    public let operations: [OpenAPIOperation]

    /// The methods an OpenAPI path item may describe, as its keys name them.
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Reads a document; throws ``Invalid`` when it is not an OpenAPI 3.1 document.
    public init(data: Data) throws {
        try self.init(root: try JSONValue.parse(data))
    }

    /// Takes an already parsed document.
    public init(root: JSONValue) throws {
        guard let version = root["openapi"]?.stringValue, version.hasPrefix("3.1") else {
            throw Invalid(description: "not an OpenAPI 3.1 document (openapi: \(root["openapi"]?.description ?? "missing"))")
        }
        guard let paths = root["paths"]?.objectValue else { throw Invalid(description: "the document has no paths") }
        var operations: [OpenAPIOperation] = []
        for template in paths.keys.sorted() {
            guard let item = paths[template]?.objectValue else { throw Invalid(description: "paths[\(template)] is not an object") }
            for method in Self.methods {
                guard let definition = item[method] else { continue }
                operations.append(
                    OpenAPIOperation(
                        method: method.uppercased(), pathTemplate: template, definition: definition,
                        pathLevelParameters: item["parameters"]?.arrayValue ?? []))
            }
        }
        self.root = root
        self.operations = operations
    }

    /// The document in the repository (`Sources/NexusWeb/Resources/openapi.json`).
    public static func repositoryDocument() throws -> OpenAPIDocument {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Sources/NexusWeb/Resources/openapi.json")
        return try OpenAPIDocument(data: try Data(contentsOf: url))
    }

    /// The document is not one this validator can use.
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// The value a local reference (`#/components/schemas/Meeting`) points to, or `nil`.
    public func target(of reference: String) -> JSONValue? {
        if reference == "#" { return root }
        guard reference.hasPrefix("#/") else { return nil }
        var value = root
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let name = (String(token).removingPercentEncoding ?? String(token))
                .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch value {
            case .object(let members):
                guard let next = members[name] else { return nil }
                value = next
            case .array(let elements):
                guard let position = Int(name), elements.indices.contains(position) else { return nil }
                value = elements[position]
            default:
                return nil
            }
        }
        return value
    }

    /// `value` with its `$ref` followed (through chains of references), or a problem at
    /// `path` when a reference leads nowhere or in a circle.
    public func resolved(_ value: JSONValue, at path: JSONPath) -> Result<JSONValue, ContractProblem> {
        var current = value
        var seen: Set<String> = []
        while let reference = current["$ref"]?.stringValue {
            guard seen.insert(reference).inserted else { return .failure(ContractProblem(path, "the reference \(reference) is circular")) }
            guard let target = target(of: reference) else {
                return .failure(ContractProblem(path, "the reference \(reference) points to nothing in the document"))
            }
            current = target
        }
        return .success(current)
    }

    /// The operation that `method` on `path` (without its query) addresses. Literal
    /// segments win over templated ones, as OpenAPI asks, so `/a/new` beats `/a/{id}`.
    public func operation(method: String, path: String) -> OperationMatch? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        var best: (match: OperationMatch, literals: Int)?
        for operation in operations where operation.method == method.uppercased() {
            let template = operation.pathTemplate.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
            guard template.count == segments.count else { continue }
            var values: [String: String] = [:]
            var literals = 0
            var matches = true
            for (expected, given) in zip(template, segments) {
                if expected.hasPrefix("{"), expected.hasSuffix("}"), !given.isEmpty {
                    values[String(expected.dropFirst().dropLast())] = given.removingPercentEncoding ?? given
                } else if expected == given {
                    literals += 1
                } else {
                    matches = false
                    break
                }
            }
            if matches, literals > best?.literals ?? -1 { best = (OperationMatch(operation: operation, pathValues: values), literals) }
        }
        return best?.match
    }

    /// Every operation with every status it documents, as the coverage test counts them.
    public var documentedResponses: [DocumentedResponse] {
        operations.flatMap { operation in operation.documentedStatuses.map { DocumentedResponse(operation: operation.key, status: $0) } }
    }
}

/// One operation of the document: a method on a path template.
public struct OpenAPIOperation: Sendable {
    /// `GET`, `POST`, …
    public let method: String
    /// `/api/v1/meetings/{meeting}`.
    public let pathTemplate: String
    /// The operation object.
    public let definition: JSONValue
    /// The parameters the path item gives all its operations.
    let pathLevelParameters: [JSONValue]

    /// `GET /api/v1/meetings/{meeting}`: how problems and the coverage test name it.
    public var key: String { "\(method) \(pathTemplate)" }

    /// The response keys it documents: `200`, `4XX`, `default`, …, sorted.
    public var documentedStatuses: [String] { definition["responses"]?.objectValue?.keys.sorted() ?? [] }
}

/// An operation matched by a request, with the values of its path's template segments.
public struct OperationMatch: Sendable {
    public let operation: OpenAPIOperation
    /// The path parameters by name, percent-decoded.
    public let pathValues: [String: String]
}

/// A response the document promises: the coverage test's unit.
public struct DocumentedResponse: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The operation's key, `GET /api/v1/meetings`.
    public let operation: String
    /// The response key, `200` or `default`.
    public let status: String

    public init(operation: String, status: String) {
        self.operation = operation
        self.status = status
    }

    public var description: String { "\(operation) → \(status)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.operation, lhs.status) < (rhs.operation, rhs.status) }
}
