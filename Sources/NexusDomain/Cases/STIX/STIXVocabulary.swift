/// How the case model's vocabularies meet STIX's: which object an actor becomes, the
/// label convention, the TLP markings that stand for publication levels, and the STIX
/// regions nearest the toolkit's. `docs/STIX.md` documents each table.
public enum STIXVocabulary {
    // MARK: Actors

    /// Groups and people who commit or enable crime or terrorism are threat actors; the
    /// others a case names (a business used as a front, a state body, a community) are
    /// identities, which STIX uses for those who are not the threat.
    public static func actorObjectType(_ type: CaseActorType) -> String {
        switch type {
        case .organisedCrimeGroup, .terroristGroup, .hybridGroup, .facilitator, .corruptOfficial: "threat-actor"
        case .legitimateBusiness, .stateBody, .community: "identity"
        }
    }

    /// The `threat_actor_types` (threat-actor-type-ov) of a threat actor.
    static func threatActorTypes(_ type: CaseActorType) -> [String] {
        switch type {
        case .organisedCrimeGroup: ["crime-syndicate"]
        case .terroristGroup: ["terrorist"]
        case .hybridGroup: ["crime-syndicate", "terrorist"]
        // The vocabulary has no word for a corrupt official; the label and the extension
        // tell them from a facilitator.
        case .facilitator, .corruptOfficial: ["criminal"]
        case .legitimateBusiness, .stateBody, .community: []
        }
    }

    /// The actor type another tool's threat actor stands for, read from its types: a
    /// terrorist crime syndicate is a hybrid group, an insider a corrupt official; a threat
    /// actor of no known type is taken for an organised crime group.
    static func actorType(threatActorTypes types: [String]) -> CaseActorType {
        let terrorist = types.contains("terrorist")
        let criminal = types.contains("crime-syndicate") || types.contains("criminal")
        if terrorist && criminal { return .hybridGroup }
        if terrorist { return .terroristGroup }
        if types.contains("crime-syndicate") { return .organisedCrimeGroup }
        if types.contains("criminal") { return .facilitator }
        if types.contains("insider-disgruntled") || types.contains("insider-accidental") { return .corruptOfficial }
        if types.contains("nation-state") { return .stateBody }
        return .organisedCrimeGroup
    }

    /// The `identity_class` and `sectors` of an identity.
    static func identity(_ type: CaseActorType) -> (identityClass: String, sectors: [String]) {
        switch type {
        case .stateBody: ("organization", ["government"])
        case .community: ("group", [])
        default: ("organization", [])
        }
    }

    /// The actor type another tool's identity stands for: a government body, a group, or
    /// else a business.
    static func actorType(identityClass: String?, sectors: [String]) -> CaseActorType {
        if sectors.contains(where: { $0.hasPrefix("government") || $0 == "defense" || $0 == "law-enforcement" }) { return .stateBody }
        if identityClass == "group" || identityClass == "class" { return .community }
        return .legitimateBusiness
    }

    /// A threat actor's `resource_level` (attack-resource-level-ov) for its size.
    static func resourceLevel(_ size: ActorSize) -> String {
        switch size {
        case .individual: "individual"
        case .small: "team"
        case .medium, .large: "organization"
        }
    }

    // MARK: Labels

    /// The prefixes of the labels that carry the nexus classification, for tools that
    /// keep labels but not our extension, and for bundles made by hand: a report labelled
    /// `nexus-form:transactional` and `nexus-stage:cooperation` can be imported without it.
    public enum LabelPrefix: String, CaseIterable, Sendable {
        case form = "nexus-form"
        case stage = "nexus-stage"
        case origin = "nexus-origin"
        case market = "nexus-market"
        case factor = "nexus-factor"
        case watchPoint = "nexus-watch-point"
        case region = "nexus-region"
        case practice = "nexus-practice"
        case instrument = "nexus-instrument"
        case actorType = "nexus-actor"
        case size = "nexus-size"

        /// The label for `value`.
        public func label(_ value: String) -> String { rawValue + ":" + value }

        /// The values of the labels with this prefix, in order.
        public func values(in labels: [String]) -> [String] {
            labels.compactMap { label in
                label.hasPrefix(rawValue + ":") ? String(label.dropFirst(rawValue.count + 1)) : nil
            }
        }
    }

    // MARK: Markings

    /// The TLP 1.0 marking definitions STIX 2.1 predefines, which stand for the publication
    /// levels in tools that do not read our extension: public cases are TLP:WHITE,
    /// registered-only TLP:GREEN, restricted TLP:AMBER.
    static let tlp: [(level: String, id: String)] = [
        ("white", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"),
        ("green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
        ("amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"),
        ("red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"),
    ]

    /// The TLP marking of a publication level.
    static func marking(_ level: PublicationLevel) -> String {
        switch level {
        case .public: tlp[0].id
        case .registered: tlp[1].id
        case .restricted: tlp[2].id
        }
    }

    /// The publication level a TLP marking stands for; `nil` for another marking.
    static func publication(marking id: String) -> PublicationLevel? {
        switch tlp.firstIndex(where: { $0.id == id }) {
        case 0: .public
        case 1: .registered
        case 2, 3: .restricted
        default: nil
        }
    }

    /// The predefined marking-definition object of a TLP marking, as the specification
    /// gives it.
    static func markingDefinition(_ id: String) -> STIXValue? {
        guard let level = tlp.first(where: { $0.id == id })?.level else { return nil }
        return .map([
            "type": .string("marking-definition"), "spec_version": .string("2.1"), "id": .string(id),
            "created": .string("2017-01-20T00:00:00.000Z"), "definition_type": .string("tlp"),
            "name": .string("TLP:" + level.uppercased()), "definition": .map(["tlp": .string(level)]),
        ])
    }

    // MARK: Regions

    /// The STIX region (region-ov) nearest each bundled toolkit region; a region the
    /// table does not know keeps its slug, which STIX's open vocabulary allows.
    static func stixRegion(_ slug: RegionID) -> String {
        switch slug.rawValue {
        case "west-africa-sahel": "western-africa"
        case "horn-east-africa": "eastern-africa"
        case "balkans": "southern-europe"
        case "south-southeast-asia": "asia"
        default: slug.rawValue
        }
    }

    // MARK: Object types

    /// The object types the import reads; any other is reported and skipped.
    static let readTypes: Set<String> = [
        "report", "threat-actor", "identity", "relationship", "location", "note", "language-content", "extension-definition",
        "marking-definition",
    ]

    /// Whether `name` is a valid STIX type name: lower-case letters, digits and single hyphens, 3 to 250 characters.
    static func isTypeName(_ name: String) -> Bool {
        (3...250).contains(name.count) && !name.hasPrefix("-") && !name.hasSuffix("-") && !name.contains("--")
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
