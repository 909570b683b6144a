import Foundation

/// A JSON value as it was written, for checking against a schema: integers are kept apart
/// from other numbers, and `null` from a missing key, which `JSONSerialization`'s
/// `NSNumber`s and optionals blur.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Reads JSON text; throws ``NotJSON`` with the decoder's reason when it is not JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw NotJSON(reason: "\(error)")
        }
    }

    /// Reads JSON text given as a string.
    public static func parse(_ text: String) throws -> JSONValue { try parse(Data(text.utf8)) }

    /// The value's JSON Schema type name: `null`, `boolean`, `integer`, `number`, `string`,
    /// `array` or `object`. A number with no fractional part is an `integer`, as JSON Schema
    /// counts it.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number(let value): value.rounded() == value && value.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The number, for integers and other numbers alike.
    public var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The text of a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The members of an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// A member of an object; `nil` for a missing key or a value that is not an object.
    public subscript(_ key: String) -> JSONValue? { objectValue?[key] }

    /// Equality as JSON Schema's `enum` and `const` see it: `1` and `1.0` are the same number.
    public func sameValue(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.integer, .number), (.number, .integer), (.number, .number): return numberValue == other.numberValue
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.sameValue(as: $1) }
        case (.object(let left), .object(let right)):
            return left.count == right.count && left.allSatisfy { key, value in right[key].map { value.sameValue(as: $0) } ?? false }
        default: return self == other
        }
    }

    /// Text that is not JSON.
    public struct NotJSON: Error, CustomStringConvertible {
        /// The decoder's reason.
        public let reason: String
        public var description: String { "not JSON: \(reason)" }
    }
}

extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON, for messages.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .integer(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let text): return JSONPath.quoted(text)
        case .array(let elements): return "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { JSONPath.quoted($0) + ":" + members[$0]!.description }.joined(separator: ",") + "}"
        }
    }
}
