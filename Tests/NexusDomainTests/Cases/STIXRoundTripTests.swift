import Foundation
import NexusDomain
import NexusTestSupport
import Testing

/// Cases to STIX and back, with no database: every seed and fixture case comes back equal,
/// translations with their staleness, and the same case always gives the same bundle.
@Suite("STIX: a case exported and imported again is the same case")
struct STIXRoundTripTests {
    static let created = Date(timeIntervalSince1970: 1_700_000_000.123)
    static let updated = Date(timeIntervalSince1970: 1_760_000_000.457)

    /// Every case file of the bundled content and the test fixtures.
    static var caseFiles: [String] {
        [Fixtures.bundledContent, Fixtures.testContent].flatMap { folder in
            let cases = (folder as NSString).appendingPathComponent("cases")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cases)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { (cases as NSString).appendingPathComponent($0) }
        }
    }

    static func record(_ path: String) throws -> NexusCase {
        try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: URL(fileURLWithPath: path))).record().normalized
    }

    static func stored(_ record: NexusCase) -> StoredCase {
        StoredCase(record: record, revision: 3, updatedAt: updated, updatedBy: "test", createdAt: created)
    }

    /// The bundle of `records` as bytes, read back as another instance reads a request body.
    static func roundTrip(_ records: [NexusCase]) throws -> STIXImport.Outcome {
        let bundle = STIXExport.bundle(records.map(stored), regionNames: ["north": "The North"], schemaURL: "https://example.org/s.json")
        let parsed = try STIXToCase.parse(try STIXExport.encoded(bundle))
        return try STIXToCase.read(parsed).get()
    }

    @Test("every seed and fixture case comes back equal, with its moments", arguments: caseFiles)
    func seedCase(path: String) throws {
        let original = try Self.record(path)
        let outcome = try Self.roundTrip([original])
        let imported = try #require(outcome.cases.first)
        #expect(imported.record.normalized == original)
        #expect(imported.created == Self.created && imported.modified == Self.updated)
        #expect(imported.report == STIXIdentifiers.report(original.id))
        #expect(outcome.skipped.isEmpty, "\(outcome.skipped)")
    }

    @Test("all cases in one bundle come back, each location once")
    func severalCases() throws {
        let records = try Self.caseFiles.map(Self.record)
        let outcome = try Self.roundTrip(records)
        #expect(outcome.cases.map(\.record.normalized) == records)
        let bundle = STIXExport.bundle(records.map(Self.stored), regionNames: [:], schemaURL: "https://example.org/s.json")
        let ids = bundle["objects"]?.array?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(Set(ids).count == ids.count, "no object twice")
    }

    @Test("a stale translation stays stale, and one made without a source stays without one")
    func staleness() throws {
        var record = CaseSamples.valid()
        record.title.set("Un cas d'exemple", in: .fr, source: .en)
        record.title.set("A sample case, retitled", in: .en, source: .en)
        record.summary = TranslatableText(versions: [.en: .init(text: "What happened."), .ar: .init(text: "ما حدث.", translatedFrom: nil)])
        record.actors[0].alias.set("Grupi A", in: .sq, source: .en)
        record.events[0].text.set("Cela a commencé.", in: .fr, source: .en)
        record.events[0].text.set("It began, in 2013.", in: .en, source: .en)
        record.relationships[0].note = TranslatableText(versions: [
            .en: .init(text: "Arms."), .fr: .init(text: "Des armes.", translatedFrom: "0123456789abcdef"),
        ])
        record.analysis.set("Analysis.", in: .en, source: .en)
        record.analysis.set("تحليل.", in: .ar, source: .en)
        #expect(record.staleFields(in: .fr) == ["title", "relationships.r1.note", "events.e1.text"])
        let imported = try #require(try Self.roundTrip([record.normalized]).cases.first?.record)
        #expect(imported.normalized == record.normalized)
        #expect(imported.staleFields(in: .fr) == ["title", "relationships.r1.note", "events.e1.text"])
        #expect(imported.staleFields(in: .ar) == ["summary"])
        #expect(imported.staleFields(in: .sq).isEmpty)
    }

    @Test("a text with no version in the source language comes back without one")
    func sourceAbsent() throws {
        var record = CaseSamples.valid()
        record.title = TranslatableText("Un cas écrit en français", in: .fr)
        record.actors[1].alias = TranslatableText(versions: [.ar: .init(text: "المجموعة ب"), .fr: .init(text: "Groupe B")])
        let imported = try #require(try Self.roundTrip([record.normalized]).cases.first?.record)
        #expect(imported.normalized == record.normalized)
        #expect(imported.title[.en] == nil)
    }

    @Test("a case with nothing but its narrative still makes a valid report, and comes back")
    func bareCase() throws {
        let record = NexusCase(
            id: "bare", origin: .documented, title: TranslatableText("Bare"), summary: TranslatableText("Only a summary."), form: .organisational,
            stage: .transformation)
        let bundle = STIXExport.bundle([Self.stored(record)], regionNames: [:], schemaURL: "https://example.org/s.json")
        let report = bundle["objects"]?.array?.first { $0["type"]?.stringValue == "report" }
        #expect(report?["object_refs"]?.strings == [STIXIdentifiers.toolkitIdentity])
        #expect(try Self.roundTrip([record]).cases.first?.record.normalized == record.normalized)
    }

    @Test("the same case exports the same bytes, and a change gives a new bundle with the same object identifiers")
    func determinism() throws {
        let record = try Self.record(Self.caseFiles[0])
        let first = try STIXExport.encoded(STIXExport.bundle([Self.stored(record)], regionNames: [:], schemaURL: "u"))
        let second = try STIXExport.encoded(STIXExport.bundle([Self.stored(record)], regionNames: [:], schemaURL: "u"))
        #expect(first == second)
        let changed = StoredCase(record: record, revision: 4, updatedAt: Self.updated.addingTimeInterval(60), updatedBy: "t", createdAt: Self.created)
        let later = STIXExport.bundle([changed], regionNames: [:], schemaURL: "u")
        let earlier = try STIXToCase.parse(first)
        #expect(later["id"] != earlier["id"])
        let ids = { (bundle: STIXValue) in bundle["objects"]?.array?.compactMap { $0["id"]?.stringValue } ?? [] }
        #expect(ids(later) == ids(earlier))
    }
}
