import Foundation

// The keywords that apply to one type of value each: strings, numbers, arrays, objects.
extension JSONSchemaValidator {
    func stringProblems(_ text: String, _ schema: [String: JSONValue], _ path: JSONPath) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        // JSON Schema counts characters as code points.
        let length = text.unicodeScalars.count
        if let minimum = schema["minLength"]?.numberValue, Double(length) < minimum {
            problems.append(ContractProblem(path, "is \(length) characters long, shorter than \(Int(minimum))"))
        }
        if let maximum = schema["maxLength"]?.numberValue, Double(length) > maximum {
            problems.append(ContractProblem(path, "is \(length) characters long, longer than \(Int(maximum))"))
        }
        if let pattern = schema["pattern"]?.stringValue {
            switch SchemaPattern.matches(text, pattern) {
            case .failure(let reason): problems.append(ContractProblem(path, "the schema's pattern \(pattern) does not compile: \(reason)"))
            case .success(false): problems.append(ContractProblem(path, "\(JSONValue.string(text)) does not match the pattern \(pattern)"))
            case .success(true): break
            }
        }
        if let format = schema["format"]?.stringValue {
            if let problem = SchemaFormat.problem(text, format: format) { problems.append(ContractProblem(path, problem)) }
        }
        return problems
    }

    func numberProblems(_ value: JSONValue, _ schema: [String: JSONValue], _ path: JSONPath) -> [ContractProblem] {
        guard let number = value.numberValue else { return [] }
        var problems: [ContractProblem] = []
        if let minimum = schema["minimum"]?.numberValue, number < minimum {
            problems.append(ContractProblem(path, "\(value) is less than the minimum \(schema["minimum"]!)"))
        }
        if let maximum = schema["maximum"]?.numberValue, number > maximum {
            problems.append(ContractProblem(path, "\(value) is more than the maximum \(schema["maximum"]!)"))
        }
        if let bound = schema["exclusiveMinimum"]?.numberValue, number <= bound {
            problems.append(ContractProblem(path, "\(value) is not more than \(schema["exclusiveMinimum"]!)"))
        }
        if let bound = schema["exclusiveMaximum"]?.numberValue, number >= bound {
            problems.append(ContractProblem(path, "\(value) is not less than \(schema["exclusiveMaximum"]!)"))
        }
        if let divisor = schema["multipleOf"]?.numberValue, divisor > 0 {
            let quotient = number / divisor
            if quotient.rounded() != quotient { problems.append(ContractProblem(path, "\(value) is not a multiple of \(schema["multipleOf"]!)")) }
        }
        return problems
    }

    func arrayProblems(_ elements: [JSONValue], _ schema: [String: JSONValue], _ path: JSONPath, depth: Int) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        if let minimum = schema["minItems"]?.numberValue, Double(elements.count) < minimum {
            problems.append(ContractProblem(path, "has \(elements.count) items, fewer than \(Int(minimum))"))
        }
        if let maximum = schema["maxItems"]?.numberValue, Double(elements.count) > maximum {
            problems.append(ContractProblem(path, "has \(elements.count) items, more than \(Int(maximum))"))
        }
        if schema["uniqueItems"] == .bool(true) {
            for (position, element) in elements.enumerated() where elements[..<position].contains(where: { $0.sameValue(as: element) }) {
                problems.append(ContractProblem(path.index(position), "repeats \(element); the items must be unique"))
            }
        }
        if let items = schema["items"] {
            for (position, element) in elements.enumerated() {
                problems += check(element, items, path.index(position), depth: depth + 1)
            }
        }
        return problems
    }

    func objectProblems(_ members: [String: JSONValue], _ schema: [String: JSONValue], _ path: JSONPath, depth: Int) -> [ContractProblem] {
        var problems: [ContractProblem] = []
        for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
            problems.append(ContractProblem(path.key(name), "is required but missing"))
        }
        if let minimum = schema["minProperties"]?.numberValue, Double(members.count) < minimum {
            problems.append(ContractProblem(path, "has \(members.count) properties, fewer than \(Int(minimum))"))
        }
        if let maximum = schema["maxProperties"]?.numberValue, Double(members.count) > maximum {
            problems.append(ContractProblem(path, "has \(members.count) properties, more than \(Int(maximum))"))
        }
        let properties = schema["properties"]?.objectValue ?? [:]
        for name in members.keys.sorted() {
            let value = members[name]!
            if let names = schema["propertyNames"] {
                problems += check(.string(name), names, path.key(name), depth: depth + 1).map {
                    ContractProblem($0.path, "the property name " + $0.message)
                }
            }
            if let property = properties[name] {
                problems += check(value, property, path.key(name), depth: depth + 1)
            } else if let additional = schema["additionalProperties"] {
                if additional == .bool(false) {
                    problems.append(ContractProblem(path.key(name), "is not a documented property, and additionalProperties is false"))
                } else {
                    problems += check(value, additional, path.key(name), depth: depth + 1)
                }
            }
        }
        return problems
    }
}
