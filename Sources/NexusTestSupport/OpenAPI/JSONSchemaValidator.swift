import Foundation

/// Checks a JSON value against a JSON Schema (2020-12, the dialect of OpenAPI 3.1), with
/// `$ref` followed inside one ``OpenAPIDocument``.
///
/// It knows the keywords the API's document uses. A schema with any other keyword is a
/// problem of its own, so that a constraint the document states is never silently unchecked.
public struct JSONSchemaValidator: Sendable {
    /// The document references are resolved in.
    public let document: OpenAPIDocument

    public init(document: OpenAPIDocument) {
        self.document = document
    }

    /// Every way `value` at `path` departs from `schema`; empty when it conforms.
    public func validate(_ value: JSONValue, against schema: JSONValue, at path: JSONPath = .body) -> [ContractProblem] {
        check(value, schema, path, depth: 0)
    }

    /// Keywords that only describe: they constrain nothing.
    static let annotations: Set<String> = [
        "title", "description", "default", "examples", "example", "deprecated", "readOnly", "writeOnly", "$comment",
    ]

    /// Keywords this validator checks.
    static let assertions: Set<String> = [
        "$ref", "type", "enum", "const", "allOf", "anyOf", "oneOf", "not",
        "minLength", "maxLength", "pattern", "format",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "items", "minItems", "maxItems", "uniqueItems",
        "properties", "required", "additionalProperties", "minProperties", "maxProperties", "propertyNames",
    ]

    /// Deeper than this, a schema is taken to recurse without end.
    static let maximumDepth = 64

    func check(_ value: JSONValue, _ schema: JSONValue, _ path: JSONPath, depth: Int) -> [ContractProblem] {
        guard depth < Self.maximumDepth else { return [ContractProblem(path, "the schema nests deeper than \(Self.maximumDepth) levels")] }
        switch schema {
        case .bool(true): return []
        case .bool(false): return [ContractProblem(path, "no value is allowed here (the schema is false)")]
        case .object(let keywords): return check(value, keywords, path, depth: depth)
        default: return [ContractProblem(path, "the schema \(schema) is neither an object nor a boolean")]
        }
    }

    private func check(_ value: JSONValue, _ schema: [String: JSONValue], _ path: JSONPath, depth: Int) -> [ContractProblem] {
        let unknown = schema.keys.filter { !Self.annotations.contains($0) && !Self.assertions.contains($0) }.sorted()
        if !unknown.isEmpty {
            return [ContractProblem(path, "the schema uses \(unknown.joined(separator: ", ")), which this validator does not check")]
        }
        var problems: [ContractProblem] = []
        if let reference = schema["$ref"] {
            switch document.resolved(.object(["$ref": reference]), at: path) {
            case .failure(let problem): problems.append(problem)
            case .success(let target): problems += check(value, target, path, depth: depth + 1)
            }
        }
        if let type = schema["type"], let problem = typeProblem(value, type, path) {
            // Nothing else about a value of the wrong type is worth saying.
            return problems + [problem]
        }
        if let options = schema["enum"] {
            let allowed = options.arrayValue ?? []
            if !allowed.contains(where: { $0.sameValue(as: value) }) {
                problems.append(ContractProblem(path, "\(value) is not one of \(allowed.map(\.description).joined(separator: ", "))"))
            }
        }
        if let constant = schema["const"], !constant.sameValue(as: value) {
            problems.append(ContractProblem(path, "\(value) is not the constant \(constant)"))
        }
        problems += combinators(value, schema, path, depth: depth)
        switch value {
        case .string(let text): problems += stringProblems(text, schema, path)
        case .integer, .number: problems += numberProblems(value, schema, path)
        case .array(let elements): problems += arrayProblems(elements, schema, path, depth: depth)
        case .object(let members): problems += objectProblems(members, schema, path, depth: depth)
        case .null, .bool: break
        }
        return problems
    }

    /// `type`: one name or a list of them (`["string", "null"]`).
    private func typeProblem(_ value: JSONValue, _ type: JSONValue, _ path: JSONPath) -> ContractProblem? {
        let names = type.arrayValue?.compactMap(\.stringValue) ?? type.stringValue.map { [$0] } ?? []
        guard !names.isEmpty else { return ContractProblem(path, "the schema's type \(type) names no type") }
        let found = value.typeName
        if names.contains(found) || (found == "integer" && names.contains("number")) { return nil }
        let expected = names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
        return ContractProblem(path, "expected \(expected), found \(found == "null" ? "null" : "\(found) \(value)")")
    }

    /// `allOf`, `anyOf`, `oneOf` and `not`.
    private func combinators(_ value: JSONValue, _ schema: [String: JSONValue], _ path: JSONPath, depth: Int) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        for branch in schema["allOf"]?.arrayValue ?? [] {
            problems += check(value, branch, path, depth: depth + 1)
        }
        if let branches = schema["anyOf"]?.arrayValue {
            let outcomes = branches.map { check(value, $0, path, depth: depth + 1) }
            if !outcomes.contains(where: \.isEmpty) {
                problems.append(ContractProblem(path, "matches none of the anyOf schemas: " + Self.summary(outcomes)))
            }
        }
        if let branches = schema["oneOf"]?.arrayValue {
            let outcomes = branches.map { check(value, $0, path, depth: depth + 1) }
            let passed = outcomes.filter(\.isEmpty).count
            if passed == 0 {
                problems.append(ContractProblem(path, "matches none of the oneOf schemas: " + Self.summary(outcomes)))
            } else if passed > 1 {
                problems.append(ContractProblem(path, "matches \(passed) of the oneOf schemas; exactly one must match"))
            }
        }
        if let excluded = schema["not"], check(value, excluded, path, depth: depth + 1).isEmpty {
            problems.append(ContractProblem(path, "matches the schema under not"))
        }
        return problems
    }

    /// The first problem of each failed branch, numbered from 1.
    private static func summary(_ outcomes: [[ContractProblem]]) -> String {
        outcomes.enumerated().map { "(\($0.offset + 1)) " + ($0.element.first?.description ?? "passed") }.joined(separator: "; ")
    }
}
