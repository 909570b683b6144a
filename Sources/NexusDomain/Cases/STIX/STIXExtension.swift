/// The property extension that carries what a case has and STIX lacks: the nexus
/// classification, partial dates, admiralty grades, local identifiers and the staleness
/// of translations. Its JSON Schema is
/// `Sources/NexusWeb/Resources/stix/nexus-case-extension.schema.json`, served at the
/// address the extension definition's `schema` names.
public enum STIXExtension {
    /// The extension's version, as its definition states it.
    public static let version = "1.0.0"

    /// The moment the definition and the toolkit's identity were made: fixed, so that
    /// every export carries the same objects for them.
    static let definedAt = "2026-12-03T00:00:00.000Z"

    /// What an object's extension describes, in its `subject` property.
    enum Subject: String {
        case report = "case"
        case actor
        case relationship
        case analysis
        case event
        case region
    }

    /// The extension's properties on `object`, if it carries ours.
    static func properties(of object: STIXValue) -> [String: STIXValue]? {
        object["extensions"]?[STIXIdentifiers.extensionDefinition]?.object
    }

    /// The `extensions` property holding ours with `members`.
    static func value(_ subject: Subject, _ members: [String: STIXValue]) -> STIXValue {
        var all = members
        all["extension_type"] = .string("property-extension")
        all["subject"] = .string(subject.rawValue)
        return .map([STIXIdentifiers.extensionDefinition: .map(all)])
    }

    /// The extension definition, naming its schema at `schemaURL`.
    static func definition(schemaURL: String) -> STIXValue {
        var object = STIXObjectBuilder(type: "extension-definition", id: STIXIdentifiers.extensionDefinition)
        object["created_by_ref"] = .string(STIXIdentifiers.toolkitIdentity)
        object["created"] = .string(definedAt)
        object["modified"] = .string(definedAt)
        object["name"] = .string("Nexus Toolkit case")
        object["description"] = .string(
            "The properties of a case of the crime–terror nexus that STIX 2.1 lacks: the nexus form and stage, enabling factors, "
                + "watch points, crime markets, practices and instruments, partial dates, admiralty grades of sources, the case's "
                + "local identifiers, its publication level, and which translations are stale. See docs/STIX.md in the Nexus Toolkit.")
        object["schema"] = .string(schemaURL)
        object["version"] = .string(version)
        object["extension_types"] = .strings(["property-extension"])
        return object.value
    }

    /// The toolkit as an identity, the creator of what it exports.
    static var toolkitIdentity: STIXValue {
        var object = STIXObjectBuilder(type: "identity", id: STIXIdentifiers.toolkitIdentity)
        object["created"] = .string(definedAt)
        object["modified"] = .string(definedAt)
        object["name"] = .string("Nexus Toolkit")
        object["description"] = .string(
            "An open-source toolkit on the nexus between organised crime and terrorism; the creator of its case exports.")
        object["identity_class"] = .string("system")
        return object.value
    }

    /// Whether `id` is one of the objects every export carries besides its cases.
    static func isShared(_ id: String) -> Bool {
        id == STIXIdentifiers.toolkitIdentity || id == STIXIdentifiers.extensionDefinition
            || STIXVocabulary.tlp.contains { $0.id == id }
    }
}
