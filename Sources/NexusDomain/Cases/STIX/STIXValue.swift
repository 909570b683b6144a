import Foundation

/// A JSON value as STIX bundles carry it. Objects from other tools hold properties we do
/// not model, so bundles are read and written as these values rather than as fixed types;
/// the mapping reads the properties it knows with the accessors below.
public enum STIXValue: Sendable, Hashable, Codable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case array([STIXValue])
    case object([String: STIXValue])
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([STIXValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: STIXValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// A property of an object; `nil` for anything else or a missing property.
    public subscript(_ key: String) -> STIXValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text, when this is a string.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    public var array: [STIXValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The members, when this is an object.
    public var object: [String: STIXValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The strings of an array of strings; other elements are left out.
    public var strings: [String] { array?.compactMap(\.string) ?? [] }

    /// A list of strings, as STIX writes labels, references and vocabularies.
    public static func strings(_ values: [String]) -> STIXValue { .array(values.map(STIXValue.string)) }
}

/// The members of one STIX object being written: a property is set only when it has a
/// value, since STIX forbids empty lists and null properties.
struct STIXObjectBuilder {
    private(set) var members: [String: STIXValue] = [:]

    init(type: String, id: String) {
        members["type"] = .string(type)
        members["spec_version"] = .string("2.1")
        members["id"] = .string(id)
    }

    subscript(_ key: String) -> STIXValue? {
        get { members[key] }
        set { members[key] = newValue }
    }

    /// Sets `key` to `text` unless it is `nil`.
    mutating func set(_ key: String, _ text: String?) {
        if let text { members[key] = .string(text) }
    }

    /// Sets `key` to a list of strings unless it is empty.
    mutating func set(_ key: String, list: [String]) {
        if !list.isEmpty { members[key] = .strings(list) }
    }

    /// Sets `key` to an object unless it has no members.
    mutating func set(_ key: String, object: [String: STIXValue]) {
        if !object.isEmpty { members[key] = .object(object) }
    }

    var value: STIXValue { .object(members) }
}
