import Foundation

/// Cases as one STIX 2.1 bundle. The same cases, saved at the same moments, always give
/// the same bytes: identifiers are name-based, timestamps are the cases' own, and keys are
/// written in sorted order. Only the extension definition's `schema` address depends on
/// the instance that exports.
public enum STIXExport {
    /// The media type of a STIX 2.1 document.
    public static let mediaType = "application/stix+json;version=2.1"

    /// The bundle of `cases`: the toolkit's identity and the extension definition, the TLP
    /// markings the cases use, then each case's objects, each shared location once.
    /// `regionNames` gives toolkit regions' English titles by slug; `schemaURL` the address
    /// of the extension's JSON Schema.
    public static func bundle(_ cases: [StoredCase], regionNames: [String: String], schemaURL: String) -> STIXValue {
        var objects: [STIXValue] = [STIXExtension.toolkitIdentity, STIXExtension.definition(schemaURL: schemaURL)]
        let levels = Set(cases.map(\.record.publication))
        objects += PublicationLevel.allCases.filter(levels.contains).compactMap {
            STIXVocabulary.markingDefinition(STIXVocabulary.marking($0))
        }
        var placed = Set<String>()
        for stored in cases {
            let parts = CaseToSTIX(stored: stored, regionNames: regionNames).objects()
            objects += parts.own
            for (id, object) in parts.shared where placed.insert(id).inserted { objects.append(object) }
        }
        let versions = cases.map { ($0.record.id, STIXTime.text($0.updatedAt)) }
        return .map([
            "type": .string("bundle"), "id": .string(STIXIdentifiers.bundle(versions)), "objects": .list(objects),
        ])
    }

    /// The bundle as UTF-8 JSON, keys sorted.
    public static func encoded(_ bundle: STIXValue) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(bundle)
    }
}
