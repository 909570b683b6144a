import Foundation
import NexusTestSupport
import Testing

@testable import NexusDomain

/// Events lists (MSEL) from spreadsheets: columns found in any order and language, every
/// row checked with its line, nothing read from a file with any problem, and injects
/// added in time order under identifiers of their own.
@Suite("Events lists from spreadsheets")
struct MSELImportTests {
    static let names = MSELImport.Names(kinds: ["flash info": .newsFlash], actors: ["douanes": "customs"])

    static func read(_ csv: String, defaultPhase: Int? = nil, mapping: MSELMapping? = nil) throws -> Result<[MSELImport.Row], MSELImport.Rejected> {
        let scenario = try ScenarioDocumentTests.sample()
        let table = try MSELImport.table(csv).get()
        return MSELImport.read(
            table, mapping: mapping ?? MSELMapping.guess(header: table.header), into: scenario, defaultPhase: defaultPhase, names: names,
            references: ScenarioDocumentTests.references)
    }

    @Test("columns are found by their usual names in any order and language; times in minutes or hours")
    func columns() {
        let guessed = MSELMapping.guess(header: ["Texte", "Heure", " Titre: ", "Destinataires", "Phase", "Comment"])
        #expect(guessed.columns == [.text: 0, .time: 1, .title: 2, .addressedTo: 3, .phase: 4])
        #expect(MSELImport.minutes("25") == 25 && MSELImport.minutes("T+1:05") == 65 && MSELImport.minutes("0:30") == 30)
        #expect(MSELImport.minutes("1:5") == nil && MSELImport.minutes("-3") == nil && MSELImport.minutes("soon") == nil)
    }

    @Test("a good list becomes injects in its phases, in time order, with identifiers of their own")
    func good() throws {
        let csv = """
            time,phase,kind,to,title,from,text
            T+0:40,1,flash info,douanes; police,Second call,Desk,Text two
            10,The seizure,intelligence-report,,First call,,Text one
            0:05,p1,,,Third call,,'=Text three
            """
        let rows = try Self.read(csv).get()
        #expect(rows.map(\.line) == [2, 3, 4] && rows.allSatisfy { $0.phase == 0 })
        #expect(rows[0].inject.kind == .newsFlash && rows[0].inject.addressedTo == ["customs", "police"])
        #expect(rows[2].inject.kind == .message && rows[2].inject.text[.en] == "=Text three")
        let scenario = MSELImport.applying(rows, to: try ScenarioDocumentTests.sample())
        let injects = scenario.phases[0].injects
        #expect(injects.map(\.offsetMinutes) == [5, 5, 10, 20, 40])
        #expect(injects.map(\.id) == ["i1", "inject-3", "inject-2", "i2", "inject-1"])
        #expect(ScenarioValidation.problems(with: scenario, references: ScenarioDocumentTests.references).isEmpty)
    }

    @Test("a bad list reports each problem with its line, and nothing is read")
    func bad() throws {
        let csv = """
            time,phase,kind,to,title,text
            soon,1,flash info,,A title,A text
            5,9,rumour,the army,,A text
            5,1,,,A title,
            """
        guard case .failure(let rejected) = try Self.read(csv) else {
            Issue.record("a bad list was read")
            return
        }
        let found = rejected.problems.map { "\($0.line) \($0.field?.rawValue ?? "-") \($0.kind)" }
        #expect(
            found == [
                "2 time unreadableTime(\"soon\")", "3 phase unknownPhase(\"9\")", "3 kind unknownKind(\"rumour\")",
                "3 to unknownActor(\"the army\")", "3 title missing", "4 text missing",
            ])
    }

    @Test("columns every row needs must be chosen, each once; without a phase column one phase takes all")
    func mapping() throws {
        let csv = "when,what,body\n5,A title,A text\n"
        let unmapped = try Self.read(csv)
        guard case .failure(let rejected) = unmapped else {
            Issue.record("an unmapped list was read")
            return
        }
        #expect(Set(rejected.problems.compactMap(\.field)) == [.phase, .time, .title], "“body” is a usual name of the text")
        let twice = try Self.read(csv, defaultPhase: 0, mapping: MSELMapping(columns: [.time: 0, .title: 1, .text: 1]))
        #expect((try? twice.get()) == nil)
        let rows = try Self.read(csv, defaultPhase: 0, mapping: MSELMapping(columns: [.time: 0, .title: 1, .text: 2])).get()
        #expect(rows.count == 1 && rows[0].phase == 0 && rows[0].inject.title[.en] == "A title")
        #expect(throws: MSELImport.Rejected.self) { try MSELImport.table("time,title\n").get() }
        #expect(throws: MSELImport.Rejected.self) { try MSELImport.table("time,\"title\n5,x").get() }
    }
}
