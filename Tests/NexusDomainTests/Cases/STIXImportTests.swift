import Foundation
import NexusDomain
import NexusTestSupport
import Testing

/// Bundles from other tools, and bundles that cannot be imported: what is read, what is
/// skipped and reported, and what refuses the whole bundle.
@Suite("STIX: reading other tools' bundles, and refusing broken ones")
struct STIXImportTests {
    static let report = "report--11111111-1111-4111-8111-111111111111"
    static let cell = "threat-actor--22222222-2222-4222-8222-222222222222"
    static let syndicate = "threat-actor--33333333-3333-4333-8333-333333333333"
    static let ministry = "identity--44444444-4444-4444-8444-444444444444"
    static let supplies = "relationship--55555555-5555-4555-8555-555555555555"
    static let uses = "relationship--66666666-6666-4666-8666-666666666666"
    static let mali = "location--77777777-7777-4777-8777-777777777777"
    static let sahel = "location--88888888-8888-4888-8888-888888888888"
    static let note = "note--99999999-9999-4999-8999-999999999999"
    static let malware = "malware--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
    static let stray = "threat-actor--bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
    static let french = "language-content--cccccccc-cccc-4ccc-8ccc-cccccccccccc"

    /// A bundle as another tool writes it: no extension, the nexus classification in
    /// labels, a TLP:GREEN marking, a French translation, and objects we do not read.
    static func foreign(labels: String = #""nexus-form:organisational", "nexus-stage:convergence", "nexus-market:arms-trafficking""#)
        -> String
    {
        let time = #""created": "2021-05-04T10:00:00.000Z", "modified": "2022-06-07T11:00:00.000Z""#
        return """
            {"type": "bundle", "id": "bundle--dddddddd-dddd-4ddd-8ddd-dddddddddddd", "objects": [
              {"type": "report", "spec_version": "2.1", "id": "\(report)", \(time), "name": "Arms for the cell in the Sahel",
               "description": "A syndicate arms a cell.", "published": "2022-06-07T11:00:00Z", "lang": "en", "labels": [\(labels)],
               "object_marking_refs": ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"],
               "external_references": [{"source_name": "Panel of Experts", "description": "Final report", "url": "https://example.org/panel"}],
               "object_refs": ["\(cell)", "\(syndicate)", "\(ministry)", "\(supplies)", "\(uses)", "\(mali)", "\(sahel)", "\(malware)"]},
              {"type": "threat-actor", "spec_version": "2.1", "id": "\(cell)", \(time), "name": "The cell", "threat_actor_types": ["terrorist"],
               "first_seen": "2015-03-02T00:00:00Z"},
              {"type": "threat-actor", "spec_version": "2.1", "id": "\(syndicate)", \(time), "name": "The syndicate",
               "threat_actor_types": ["crime-syndicate"], "labels": ["nexus-actor:hybrid-group", "nexus-size:large"]},
              {"type": "identity", "spec_version": "2.1", "id": "\(ministry)", \(time), "name": "The ministry", "identity_class": "organization",
               "sectors": ["government-national"]},
              {"type": "relationship", "spec_version": "2.1", "id": "\(supplies)", \(time), "relationship_type": "supplies",
               "source_ref": "\(syndicate)", "target_ref": "\(cell)", "start_time": "2016-01-01T00:00:00Z", "description": "Rifles."},
              {"type": "relationship", "spec_version": "2.1", "id": "\(uses)", \(time), "relationship_type": "uses",
               "source_ref": "\(cell)", "target_ref": "\(malware)"},
              {"type": "location", "spec_version": "2.1", "id": "\(mali)", \(time), "country": "ml"},
              {"type": "location", "spec_version": "2.1", "id": "\(sahel)", \(time), "region": "western-africa"},
              {"type": "note", "spec_version": "2.1", "id": "\(note)", \(time), "content": "A textbook convergence.", "object_refs": ["\(report)"]},
              {"type": "malware", "spec_version": "2.1", "id": "\(malware)", \(time), "name": "x", "is_family": false},
              {"type": "threat-actor", "spec_version": "2.1", "id": "\(stray)", \(time), "name": "Nobody's actor"},
              {"type": "language-content", "spec_version": "2.1", "id": "\(french)", \(time), "object_ref": "\(report)",
               "contents": {"fr": {"name": "Des armes pour la cellule au Sahel"}, "de": {"name": "Waffen"}}}
            ]}
            """
    }

    static func read(_ text: String) throws -> Result<STIXImport.Outcome, Rejected<STIXImport.Problem>> {
        STIXToCase.read(try STIXToCase.parse(Data(text.utf8)))
    }

    @Test("a bundle without our extension gives what its objects and labels say, as a draft at its TLP level")
    func foreignBundle() throws {
        let outcome = try Self.read(Self.foreign()).get()
        let imported = try #require(outcome.cases.first)
        let record = imported.record
        #expect(record.id == "arms-for-the-cell-in-the-sahel")
        #expect(record.status == .draft && record.publication == .registered && record.origin == .documented)
        #expect(record.form == .organisational && record.stage == .convergence && record.markets == [.armsTrafficking])
        #expect(record.title[.fr] == "Des armes pour la cellule au Sahel" && !record.title.isStale(.fr, source: .en))
        #expect(record.summary[.en] == "A syndicate arms a cell." && record.analysis[.en] == "A textbook convergence.")
        #expect(record.countries == ["ML"] && record.regions.isEmpty)
        #expect(record.actors.map(\.type) == [.terroristGroup, .hybridGroup, .stateBody])
        #expect(record.actors.map(\.id) == ["a1", "a2", "a3"] && record.actors[1].size == .large)
        #expect(record.actors[0].activeFrom == PartialDate("2015-03-02"))
        #expect(
            record.sources == [
                CaseSource(
                    id: "s1", citation: "Panel of Experts: Final report", url: "https://example.org/panel", grade: AdmiraltyGrade(.f, .cannotBeJudged)
                )
            ])
        #expect(
            record.relationships == [
                CaseRelationship(
                    id: "r1", from: "a2", to: "a1", type: .supplies, start: PartialDate("2016-01-01"), source: "s1", note: TranslatableText("Rifles.")
                )
            ])
        #expect(imported.created == STIXTime.moment("2021-05-04T10:00:00.000Z") && imported.modified == STIXTime.moment("2022-06-07T11:00:00.000Z"))
        let skipped = Dictionary(uniqueKeysWithValues: outcome.skipped.map { ($0.id, $0.reason) })
        #expect(
            skipped == [
                Self.uses: .unsupportedRelationship, Self.sahel: .unreadableLocation, Self.malware: .unknownType, Self.stray: .outsideReports,
            ])
    }

    @Test("without the extension, a report needs its form and stage in labels; labels of ours that cannot be read are problems")
    func labels() throws {
        let missing = try Self.read(Self.foreign(labels: #""nexus-market:arms-trafficking""#))
        #expect(missing.failure?.problems == [.init(Self.report, .noForm), .init(Self.report, .noStage)])
        let unknown = try Self.read(Self.foreign(labels: #""nexus-form:transactional", "nexus-stage:cooperation", "nexus-market:gold""#))
        #expect(unknown.failure?.problems == [.init(Self.report, .unreadableValue(property: "labels", value: "nexus-market:gold"))])
    }

    @Test("references to objects the bundle does not hold refuse it, each named")
    func brokenReferences() throws {
        let broken = Self.foreign().replacingOccurrences(
            of: "\"id\": \"\(Self.mali)\"", with: "\"id\": \"location--77777777-7777-4777-8777-000000000000\""
        )
        .replacingOccurrences(of: "\"target_ref\": \"\(Self.malware)\"", with: "\"target_ref\": \"malware--00000000-0000-4000-8000-000000000000\"")
        let problems = try Self.read(broken).failure?.problems ?? []
        #expect(problems.contains(.init(Self.report, .brokenReference(Self.mali))))
        #expect(problems.contains(.init(Self.uses, .brokenReference("malware--00000000-0000-4000-8000-000000000000"))))
    }

    @Test("what is not a bundle, or holds objects without a type and id, or no report, is refused")
    func notBundles() throws {
        #expect(try Self.read(#"{"type": "report", "id": "x"}"#).failure?.problems == [.init(nil, .notABundle)])
        #expect(try Self.read(#"[1, 2]"#).failure?.problems == [.init(nil, .notABundle)])
        let objects =
            #"{"type": "bundle", "id": "bundle--dddddddd-dddd-4ddd-8ddd-dddddddddddd", "objects": [{"type": "note"}, {"id": "x--y", "type": "x"}]}"#
        #expect(try Self.read(objects).failure?.problems == [.init("objects[0]", .invalidObject), .init("objects[1]", .invalidObject)])
        let empty = #"{"type": "bundle", "id": "bundle--dddddddd-dddd-4ddd-8ddd-dddddddddddd", "objects": []}"#
        #expect(try Self.read(empty).failure?.problems == [.init(nil, .noReports)])
        #expect(throws: (any Error).self) { try STIXToCase.parse(Data("{not json".utf8)) }
    }

    @Test("a report in a language the toolkit does not publish, or two reports of one case, are refused")
    func reports() throws {
        let german = Self.foreign().replacingOccurrences(of: #""lang": "en""#, with: #""lang": "de""#)
        #expect(try Self.read(german).failure?.problems == [.init(Self.report, .unsupportedLanguage("de"))])
        var record = CaseSamples.valid()
        record.id = "twice"
        let stored = StoredCase(record: record, revision: 1, updatedAt: .now, updatedBy: "t")
        let bundle = STIXExport.bundle([stored], regionNames: [:], schemaURL: "u")
        guard case .map(var members) = bundle, var objects = members["objects"]?.array,
            let index = objects.firstIndex(where: { $0["type"]?.stringValue == "report" }), case .map(var copy) = objects[index]
        else { throw CancellationError() }
        copy["id"] = .string("report--eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee")
        objects.append(.map(copy))
        members["objects"] = .list(objects)
        #expect(
            STIXToCase.read(.map(members)).failure?.problems == [.init("report--eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee", .duplicateCase("twice"))])
    }

    @Test("an extension value the case model cannot take is a problem, not a guess")
    func unreadableExtension() throws {
        let stored = StoredCase(record: CaseSamples.valid(), revision: 1, updatedAt: .now, updatedBy: "t")
        let text = String(decoding: try STIXExport.encoded(STIXExport.bundle([stored], regionNames: [:], schemaURL: "u")), as: UTF8.self)
        let broken = text.replacingOccurrences(of: #""stage":"cooperation""#, with: #""stage":"dissolution""#)
            .replacingOccurrences(of: #""date":"2013-02""#, with: #""date":"2013-13""#)
        let problems = try Self.read(broken).failure?.problems ?? []
        #expect(problems.contains(.init(STIXIdentifiers.report("sample-case"), .unreadableValue(property: "stage", value: "dissolution"))))
        #expect(problems.contains(.init(STIXIdentifiers.event("e1", of: "sample-case"), .unreadableValue(property: "date", value: "2013-13"))))
    }
}
