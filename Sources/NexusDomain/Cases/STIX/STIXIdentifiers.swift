import Crypto
import Foundation

/// The STIX identifiers of a case's objects. They are name-based UUIDs (version 5, RFC
/// 9562) in one fixed namespace, made from the case's id and each part's local id, so a
/// case exported twice — or from two instances — has the same identifiers, and a tool
/// that receives it again updates its objects instead of duplicating them. STIX 2.1 says
/// domain objects SHOULD use random (version 4) UUIDs; the validator warns about it, and
/// we accept the warning for identifiers that stay stable.
public enum STIXIdentifiers {
    /// The namespace of every identifier the toolkit makes. Never change it: every
    /// identifier already exported would change with it.
    public static let namespace = UUID(uuidString: "a6e1b819-b499-4a9d-87a3-800a19b139da")!

    /// The toolkit as the creator of what it exports.
    public static let toolkitIdentity = "identity--" + name("identity/nexus-toolkit")
    /// The extension definition of the nexus properties STIX lacks.
    public static let extensionDefinition = "extension-definition--" + name("extension-definition/nexus-case")

    /// A case's report.
    public static func report(_ id: CaseID) -> String { "report--" + name("case/\(id.rawValue)") }

    /// An actor of a case, as a threat actor or an identity.
    public static func actor(_ actor: CaseActor, of id: CaseID) -> String {
        STIXVocabulary.actorObjectType(actor.type) + "--" + name("case/\(id.rawValue)/actor/\(actor.id)")
    }

    /// A relationship of a case.
    public static func relationship(_ local: String, of id: CaseID) -> String {
        "relationship--" + name("case/\(id.rawValue)/relationship/\(local)")
    }

    /// The note that carries a case's analysis.
    public static func analysis(of id: CaseID) -> String { "note--" + name("case/\(id.rawValue)/analysis") }

    /// The note that carries one event of a case's timeline.
    public static func event(_ local: String, of id: CaseID) -> String { "note--" + name("case/\(id.rawValue)/event/\(local)") }

    /// The translations of the object `object`.
    public static func languageContent(of object: String) -> String { "language-content--" + name("\(object)/language-content") }

    /// A country, shared by every case that names it.
    public static func country(_ code: CountryCode) -> String { "location--" + name("location/country/\(code.rawValue)") }

    /// A toolkit region, shared by every case that names it.
    public static func region(_ slug: RegionID) -> String { "location--" + name("location/region/\(slug.rawValue)") }

    /// A bundle of cases, each named with the moment it was last changed, so the same
    /// export gives the same bundle and a changed case a new one.
    public static func bundle(_ versions: [(CaseID, String)]) -> String {
        "bundle--" + name("bundle/" + versions.map { "\($0.0.rawValue)@\($0.1)" }.sorted().joined(separator: ","))
    }

    /// The version 5 UUID of `text` in ``namespace``, in lower case.
    public static func name(_ text: String) -> String {
        uuid5(namespace: namespace, name: text).uuidString.lowercased()
    }

    /// RFC 9562, section 5.5: the SHA-1 of the namespace's bytes and the name's UTF-8,
    /// its first 16 bytes with the version and variant bits set.
    static func uuid5(namespace: UUID, name: String) -> UUID {
        var hasher = Insecure.SHA1()
        withUnsafeBytes(of: namespace.uuid) { hasher.update(bufferPointer: $0) }
        hasher.update(data: Data(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10],
                bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// Whether `id` is shaped as a STIX identifier: a type, two hyphens and an RFC 4122 UUID.
    public static func isIdentifier(_ id: String) -> Bool {
        guard let range = id.range(of: "--") else { return false }
        let type = id[..<range.lowerBound]
        let uuid = id[range.upperBound...]
        return STIXVocabulary.isTypeName(String(type)) && UUID(uuidString: String(uuid)) != nil && uuid.count == 36
    }

    /// The type an identifier names: `threat-actor` of `threat-actor--…`.
    public static func type(of id: String) -> String {
        id.range(of: "--").map { String(id[..<$0.lowerBound]) } ?? ""
    }
}
