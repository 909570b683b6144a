import Foundation

// The parts of a request the document constrains besides its path: parameters in the
// path, query and headers; the credentials the operation's security asks for; the body.
extension OpenAPIContract {
    /// A parameter as the operation declares it, after `$ref`s.
    struct Parameter {
        let name: String
        let location: String
        let definition: JSONValue
    }

    /// The operation's parameters: the path item's, overridden by the operation's own of
    /// the same name and location.
    func parameters(of operation: OpenAPIOperation) -> Result<[Parameter], ContractProblem> {
        var byKey: [String: Parameter] = [:]
        var order: [String] = []
        for declared in operation.pathLevelParameters + (operation.definition["parameters"]?.arrayValue ?? []) {
            switch document.resolved(declared, at: JSONPath("parameters")) {
            case .failure(let problem): return .failure(problem)
            case .success(let parameter):
                guard let name = parameter["name"]?.stringValue, let location = parameter["in"]?.stringValue else {
                    return .failure(ContractProblem(JSONPath("parameters"), "\(operation.key) has a parameter without name or in"))
                }
                let key = location + "." + (location == "header" ? name.lowercased() : name)
                if byKey[key] == nil { order.append(key) }
                byKey[key] = Parameter(name: name, location: location, definition: parameter)
            }
        }
        return .success(order.compactMap { byKey[$0] })
    }

    func parameterProblems(_ request: ContractRequest, _ match: OperationMatch) -> [ContractProblem] {
        let declared: [Parameter]
        switch parameters(of: match.operation) {
        case .failure(let problem): return [problem]
        case .success(let found): declared = found
        }
        var problems: [ContractProblem] = []
        let queryNames = Set(declared.filter { $0.location == "query" }.map(\.name))
        for item in request.query where !queryNames.contains(item.name) {
            problems.append(ContractProblem(JSONPath("query.\(item.name)"), "is not a parameter of \(match.operation.key)"))
        }
        for parameter in declared {
            let path = JSONPath("\(parameter.location).\(parameter.name)")
            let values: [String]
            switch parameter.location {
            case "path": values = match.pathValues[parameter.name].map { [$0] } ?? []
            case "query": values = request.query.filter { $0.name == parameter.name }.map(\.value)
            case "header":
                // OpenAPI ignores header parameters with these names: other fields describe them.
                if ["accept", "content-type", "authorization"].contains(parameter.name.lowercased()) { continue }
                values = request.headers[parameter.name.lowercased()].map { [$0] } ?? []
            default:
                problems.append(ContractProblem(path, "parameters in \(parameter.location) are not checked by this validator"))
                continue
            }
            guard let value = values.first else {
                let required = parameter.definition["required"] == .bool(true) || parameter.location == "path"
                if required { problems.append(ContractProblem(path, "is required but missing")) }
                continue
            }
            if values.count > 1 { problems.append(ContractProblem(path, "is given \(values.count) times; it takes one value")) }
            guard let schema = parameter.definition["schema"] else {
                problems.append(ContractProblem(path, "has no schema in the document, so it cannot be checked"))
                continue
            }
            problems += schemas.validate(parameterValue(value, schema), against: schema, at: path)
        }
        return problems
    }

    /// A parameter's text as the JSON value its schema's type asks for: `limit=5` is the
    /// integer 5; text that is not of the type stays a string, which then fails the type.
    func parameterValue(_ text: String, _ schema: JSONValue) -> JSONValue {
        let resolved = (try? document.resolved(schema, at: .body).get()) ?? schema
        let type = resolved["type"]
        let names = type?.arrayValue?.compactMap(\.stringValue) ?? type?.stringValue.map { [$0] } ?? []
        if names.contains("integer"), let integer = Int64(text) { return .integer(integer) }
        if names.contains("number"), let number = Double(text), number.isFinite { return .number(number) }
        if names.contains("boolean"), text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    /// The operation's `security` (or the document's): one of its requirements must be met.
    func securityProblems(_ request: ContractRequest, _ operation: OpenAPIOperation) -> [ContractProblem] {
        guard let requirements = (operation.definition["security"] ?? document.root["security"])?.arrayValue, !requirements.isEmpty else {
            return []
        }
        var unmet: [String] = []
        for requirement in requirements {
            let names = requirement.objectValue?.keys.sorted() ?? []
            let missing = names.filter { !meets(request, scheme: $0) }
            if missing.isEmpty { return [] }
            unmet.append(missing.joined(separator: " and "))
        }
        return [ContractProblem(JSONPath("security"), "the request carries no credentials of \(unmet.joined(separator: " or "))")]
    }

    /// Whether `request` carries credentials of the security scheme `name`.
    private func meets(_ request: ContractRequest, scheme name: String) -> Bool {
        guard let scheme = document.root["components"]?["securitySchemes"]?[name],
            let resolved = try? document.resolved(scheme, at: JSONPath("security")).get()
        else { return false }
        switch (resolved["type"]?.stringValue, resolved["scheme"]?.stringValue?.lowercased()) {
        case ("http", let kind?):
            let prefix = kind + " "
            guard let authorization = request.headers["authorization"], authorization.lowercased().hasPrefix(prefix) else { return false }
            return !authorization.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces).isEmpty
        case ("apiKey", _):
            guard let key = resolved["name"]?.stringValue, resolved["in"]?.stringValue == "header" else { return false }
            return request.headers[key.lowercased()] != nil
        default:
            return false
        }
    }

    /// The body against the operation's `requestBody`.
    func requestBodyProblems(_ request: ContractRequest, _ operation: OpenAPIOperation) -> [ContractProblem] {
        let body = request.body ?? Data()
        guard let declared = operation.definition["requestBody"] else {
            return body.isEmpty ? [] : [ContractProblem(JSONPath("body"), "\(operation.key) takes no body")]
        }
        let requestBody: JSONValue
        switch document.resolved(declared, at: JSONPath("requestBody")) {
        case .failure(let problem): return [problem]
        case .success(let resolved): requestBody = resolved
        }
        if body.isEmpty {
            return requestBody["required"] == .bool(true) ? [ContractProblem(JSONPath("body"), "is required but missing")] : []
        }
        return contentProblems(body: body, contentType: request.headers["content-type"], content: requestBody["content"], what: "request")
    }
}
