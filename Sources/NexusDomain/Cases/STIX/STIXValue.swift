import Foundation

/// A JSON value as STIX bundles carry it: the same small JSON tree content files' front
/// matter is read into. Objects from other tools hold properties we do not model, so
/// bundles are read and written as these values rather than as fixed types; the mapping
/// reads the properties it knows with the accessors below.
public typealias STIXValue = ContentValue

extension ContentValue {
    /// A property of an object; `nil` for anything else or a missing property.
    public subscript(_ key: String) -> STIXValue? {
        if case .map(let members) = self { return members[key] }
        return nil
    }

    /// The elements, when this is an array.
    public var array: [STIXValue]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// The members, when this is an object.
    public var object: [String: STIXValue]? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// The strings of an array of strings; other elements are left out.
    public var strings: [String] { array?.compactMap(\.stringValue) ?? [] }

    /// A list of strings, as STIX writes labels, references and vocabularies.
    public static func strings(_ values: [String]) -> STIXValue { .list(values.map(STIXValue.string)) }
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
        if !object.isEmpty { members[key] = .map(object) }
    }

    var value: STIXValue { .map(members) }
}
