import Foundation
import NexusDomain
import NexusTestSupport
import Testing

/// The pieces the mapping is made of: name-based identifiers, timestamps and partial
/// dates, and the extension's JSON Schema, which every extension we write must satisfy.
@Suite("STIX: identifiers, timestamps and the extension's schema")
struct STIXFormatTests {
    @Test("identifiers are version 5 UUIDs in our namespace, as Python's uuid.uuid5 makes them")
    func identifiers() {
        // uuid.uuid5(uuid.UUID("a6e1b819-b499-4a9d-87a3-800a19b139da"), "extension-definition/nexus-case") and so on.
        #expect(STIXIdentifiers.extensionDefinition == "extension-definition--684ed066-bd04-5152-a711-cccc412b4b03")
        #expect(STIXIdentifiers.toolkitIdentity == "identity--b51225da-1286-5d5e-b882-00e176ba366e")
        #expect(STIXIdentifiers.report("open-network").hasPrefix("report--"))
        #expect(STIXIdentifiers.isIdentifier(STIXIdentifiers.report("open-network")))
        #expect(!STIXIdentifiers.isIdentifier("report--not-a-uuid") && !STIXIdentifiers.isIdentifier("Report--684ed066-bd04-5152-a711-cccc412b4b03"))
    }

    @Test("timestamps are UTC to the millisecond and read back to the same moment")
    func timestamps() throws {
        let moment = Date(timeIntervalSince1970: 1_760_000_000.457)
        #expect(STIXTime.text(moment) == "2025-10-09T08:53:20.457Z")
        #expect(STIXTime.moment("2025-10-09T08:53:20.457Z") == moment)
        #expect(STIXTime.moment("2019-03-01T00:00:00Z").map(STIXTime.text) == "2019-03-01T00:00:00.000Z")
        #expect(STIXTime.moment("2019-03-01T00:00:00.123456Z").map(STIXTime.text) == "2019-03-01T00:00:00.123Z")
        for bad in ["2019-03-01", "2019-02-30T00:00:00Z", "2019-03-01T00:00:00+01:00", ""] { #expect(STIXTime.moment(bad) == nil, "\(bad)") }
    }

    @Test("a partial date becomes the period it names: its first moment, and the first moment after it")
    func periods() throws {
        let year = try #require(PartialDate("2019"))
        let month = try #require(PartialDate("2019-12"))
        let day = try #require(PartialDate("2020-02-29"))
        #expect(STIXTime.text(STIXTime.start(of: year)) == "2019-01-01T00:00:00.000Z")
        #expect(STIXTime.text(STIXTime.end(of: year)) == "2020-01-01T00:00:00.000Z")
        #expect(STIXTime.text(STIXTime.end(of: month)) == "2020-01-01T00:00:00.000Z")
        #expect(STIXTime.text(STIXTime.end(of: day)) == "2020-03-01T00:00:00.000Z")
        #expect(STIXTime.day(of: STIXTime.start(of: month)) == PartialDate("2019-12-01"))
    }

    @Test("every extension an export writes satisfies the extension's JSON Schema, whose vocabularies are the domain's")
    func schema() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Sources/NexusWeb/Resources/stix/nexus-case-extension.schema.json")
        guard case .object(var root) = try JSONValue.parse(Data(contentsOf: url)) else { throw CancellationError() }
        let definitions = root["$defs"] ?? .object([:])
        for key in ["$schema", "$defs"] { root[key] = nil }
        let document = try OpenAPIDocument(root: .object(["openapi": .string("3.1.0"), "paths": .object([:]), "$defs": definitions]))
        let validator = JSONSchemaValidator(document: document)
        var records = try STIXRoundTripTests.caseFiles.map(STIXRoundTripTests.record)
        records[0].title.set("Titre", in: .fr, source: records[0].sourceLanguage)
        records[0].summary = TranslatableText("Seulement en français", in: .fr)
        let bundle = STIXExport.bundle(records.map(STIXRoundTripTests.stored), regionNames: [:], schemaURL: "https://example.org/s.json")
        var checked = 0
        for object in bundle["objects"]?.array ?? [] {
            guard let ext = object["extensions"]?[STIXIdentifiers.extensionDefinition] else { continue }
            let value = try JSONValue.parse(try JSONEncoder().encode(ext))
            let problems = validator.validate(value, against: .object(root))
            #expect(problems.isEmpty, "\(object["id"]?.stringValue ?? ""): \(problems)")
            checked += 1
        }
        #expect(checked > 50)
        func enumeration(_ name: String) -> [String] { definitions[name]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        #expect(enumeration("crimeMarket") == CrimeMarket.allCases.map(\.rawValue))
        #expect(enumeration("enablingFactor") == EnablingFactor.allCases.map(\.rawValue))
        #expect(enumeration("watchPoint") == WatchPoint.allCases.map(\.rawValue))
        #expect(enumeration("language") == Language.allCases.map(\.rawValue))
        let variants = root["oneOf"]?.arrayValue ?? []
        func variant(_ subject: String) -> JSONValue? { variants.first { $0["properties"]?["subject"]?["const"] == .string(subject) } }
        let caseProperties = variant("case")?["properties"]
        #expect(caseProperties?["stage"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == NexusStage.allCases.map(\.rawValue))
        #expect(caseProperties?["form"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == NexusForm.allCases.map(\.rawValue))
        #expect(caseProperties?["status"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == CaseStatus.allCases.map(\.rawValue))
        #expect(caseProperties?["publication"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == PublicationLevel.allCases.map(\.rawValue))
        #expect(caseProperties?["origin"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == CaseOrigin.allCases.map(\.rawValue))
        #expect(caseProperties?["restricted_to"]?["items"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == Role.allCases.map(\.rawValue))
        let actor = variant("actor")?["properties"]
        #expect(actor?["actor_type"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == CaseActorType.allCases.map(\.rawValue))
        #expect(actor?["size"]?["enum"]?.arrayValue?.compactMap(\.stringValue) == ActorSize.allCases.map(\.rawValue))
    }
}
