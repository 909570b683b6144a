// Checks of the document as a whole, before any request: every reference resolves, and
// every schema keeps to the keywords the validator checks.
extension OpenAPIDocument {
    /// Every `$ref` in the document that points to nothing, with where it is.
    public var danglingReferences: [String] {
        var found: [String] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .object(let members):
                if let reference = members["$ref"]?.stringValue, target(of: reference) == nil { found.append("\(path): \(reference)") }
                for (key, member) in members { walk(member, path + "/" + key) }
            case .array(let elements):
                for (position, element) in elements.enumerated() { walk(element, path + "/\(position)") }
            default: break
            }
        }
        walk(root, "#")
        return found.sorted()
    }

    /// The keywords some schema of the document uses that ``JSONSchemaValidator`` does not
    /// check, each with the first place it is used.
    public var uncheckedSchemaKeywords: [String] {
        var found: [String: String] = [:]
        func schema(_ value: JSONValue, _ path: String) {
            guard case .object(let keywords) = value else { return }
            for key in keywords.keys.sorted()
            where !JSONSchemaValidator.annotations.contains(key) && !JSONSchemaValidator.assertions.contains(key) && found[key] == nil {
                found[key] = path
            }
            for key in ["items", "additionalProperties", "not", "propertyNames"] {
                if let sub = keywords[key] { schema(sub, path + "/" + key) }
            }
            for key in ["allOf", "anyOf", "oneOf"] {
                for (position, sub) in (keywords[key]?.arrayValue ?? []).enumerated() { schema(sub, path + "/\(key)/\(position)") }
            }
            for (name, sub) in keywords["properties"]?.objectValue ?? [:] { schema(sub, path + "/properties/" + name) }
        }
        // Schemas sit in components/schemas and under every "schema" key (parameters,
        // headers, media types).
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .object(let members):
                for (key, member) in members {
                    if key == "schema" { schema(member, path + "/schema") } else { walk(member, path + "/" + key) }
                }
            case .array(let elements):
                for (position, element) in elements.enumerated() { walk(element, path + "/\(position)") }
            default: break
            }
        }
        for (name, value) in root["components"]?["schemas"]?.objectValue ?? [:] { schema(value, "#/components/schemas/" + name) }
        walk(root["paths"] ?? .null, "#/paths")
        walk(root["components"]?["parameters"] ?? .null, "#/components/parameters")
        walk(root["components"]?["responses"] ?? .null, "#/components/responses")
        return found.map { "\($0.key) (at \($0.value))" }.sorted()
    }
}
