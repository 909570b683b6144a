/// A small JSON tree: a content file's front matter, stored in the database as JSON and
/// checked against a schema, and the objects of STIX bundles (``STIXValue``).
public enum ContentValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ContentValue])
    case map([String: ContentValue])
    case null

    /// The value as a string, when it is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value as an integer, when it is one.
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The value as a list of strings, when every element is a string.
    public var stringListValue: [String]? {
        guard case .list(let values) = self else { return nil }
        let strings = values.compactMap(\.stringValue)
        return strings.count == values.count ? strings : nil
    }

    /// A short name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .string: "text"
        case .int: "a whole number"
        case .double: "a decimal number"
        case .bool: "true/false"
        case .list: "a list"
        case .map: "a mapping"
        case .null: "empty"
        }
    }
}

extension ContentValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ContentValue].self) {
            self = .list(value)
        } else {
            self = .map(try container.decode([String: ContentValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        case .map(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}
