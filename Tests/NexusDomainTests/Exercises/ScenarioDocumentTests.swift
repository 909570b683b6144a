import Foundation
import NexusTestSupport
import Testing

@testable import NexusDomain

/// The portable exercise file: exact round trips, and every problem of a bad file reported
/// at its JSON path.
@Suite("The exercise file")
struct ScenarioDocumentTests {
    static let references = ScenarioReferences(practices: ["first", "third"], actorTypes: ["police", "customs"])

    static func sample() throws -> Scenario {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.testContent + "/scenarios/sample-exercise.json"))
        return try ScenarioDocument.read(data, references: references).get()
    }

    @Test("a file read, written and read again gives the same scenario, stale translations included")
    func roundTrip() throws {
        var scenario = try Self.sample()
        #expect(scenario.phases.first?.injects.count == 2)
        #expect(scenario.title.isStale(.fr, source: .en) == false)
        // An English change after the translation makes the French title stale.
        scenario.title.set("Border crossing exercise, revised", in: .en, source: .en)
        #expect(scenario.title.isStale(.fr, source: .en))
        let file = try ScenarioDocument.encode(scenario, schemaURL: "https://example.org/schemas/exercise/scenario-1.json")
        let again = try ScenarioDocument.read(file, references: Self.references).get()
        #expect(again == scenario)
        #expect(try ScenarioDocument.encode(again, schemaURL: "https://example.org/schemas/exercise/scenario-1.json") == file)
        #expect(try ScenarioDocument.decodeRecord(ScenarioDocument.encodeRecord(scenario)) == scenario)
    }

    @Test("a bad file lists every problem with its JSON path")
    func problems() throws {
        let text = """
            {"format": "nexus-scenario", "formatVersion": 1, "extra": true, "scenario": {
              "id": "Bad Id", "sourceLanguage": "en", "title": {"en": "T"}, "purpose": {}, "audience": {}, "basis": {},
              "durationMinutes": "long", "objectives": [{"id": "o1", "text": {"en": "x"}, "practices": ["nowhere"], "criticalTasks": []}],
              "variables": [], "tailorings": [],
              "phases": [{"id": "p1", "title": {"en": "P"}, "narrative": {"en": "In {{city}}"}, "durationMinutes": 10,
                "injects": [{"id": "i1", "offsetMinutes": -5, "kind": "telegram", "addressedTo": [], "title": {"en": "x"}, "from": {}, "text": {"en": "y"}},
                            {"id": "i2", "offsetMinutes": 5, "kind": "message", "addressedTo": ["army"], "title": {"en": "x"}, "from": {}, "text": {"en": "y"}, "colour": "red"}],
                "questions": [], "polls": [{"id": "v1", "question": {"en": "?"}, "multipleChoice": false, "options": [{"id": "a", "text": {"en": "A"}, "correct": false}]}],
                "expectedActions": []}]}}
            """
        guard case .failure(let rejected) = ScenarioDocument.read(Data(text.utf8), references: Self.references) else {
            Issue.record("a bad file was read")
            return
        }
        let paths = Set(rejected.problems.map(\.path))
        // Shape problems come first, part by part: the scenario's own fields and each inject.
        #expect(paths.contains("$.extra"))
        #expect(paths.contains("$.scenario.durationMinutes"))
        #expect(paths.contains("$.scenario.phases[0].injects[0].kind"))
        #expect(paths.contains("$.scenario.phases[0].injects[1].colour"))
        #expect(rejected.problems.contains(ScenarioProblem("$.scenario.phases[0].injects[0].kind", .unreadable("telegram"))))

        let rules = text.replacingOccurrences(of: "\"long\"", with: "60").replacingOccurrences(of: "\"telegram\"", with: "\"message\"")
            .replacingOccurrences(of: ", \"colour\": \"red\"", with: "").replacingOccurrences(of: "\"extra\": true, ", with: "")
        guard case .failure(let second) = ScenarioDocument.read(Data(rules.utf8), references: Self.references) else {
            Issue.record("a file breaking the rules was read")
            return
        }
        let expected: [ScenarioProblem] = [
            ScenarioProblem("$.scenario.id", .invalidIdentifier("Bad Id")),
            ScenarioProblem("$.scenario.phases[0].narrative", .unknownVariable("city")),
            ScenarioProblem("$.scenario.objectives[0].practices", .unknownPractice("nowhere")),
            ScenarioProblem("$.scenario.phases[0].injects[0].offsetMinutes", .outOfRange(minimum: 0, maximum: 4320)),
            ScenarioProblem("$.scenario.phases[0].injects[1].addressedTo", .unknownActorType("army")),
            ScenarioProblem("$.scenario.phases[0].polls[0].options", .tooFewOptions),
        ]
        for problem in expected { #expect(second.problems.contains(problem)) }
    }

    @Test("not JSON, another format, another version")
    func notAFile() {
        func problems(_ text: String) -> [ScenarioProblem] {
            guard case .failure(let rejected) = ScenarioDocument.read(Data(text.utf8), references: Self.references) else { return [] }
            return rejected.problems
        }
        #expect(problems("{oops") == [ScenarioProblem("$", .shape(.notJSON))])
        #expect(problems("[1]") == [ScenarioProblem("$", .shape(.notObject))])
        #expect(
            problems(#"{"format": "stix", "formatVersion": 2, "scenario": {}}"#).prefix(2) == [
                ScenarioProblem("$.format", .shape(.wrongFormat)), ScenarioProblem("$.formatVersion", .unsupportedVersion(2)),
            ])
    }

    @Test("tailoring puts values in after rendering, marks gaps, and counts dates from the exercise day")
    func tailoring() throws {
        let scenario = try Self.sample()
        let tailor = ScenarioTailor(scenario, tailoring: scenario.tailoring("testland"))
        #expect(tailor.value("country", in: .fr) == .text("la Testlandie"))
        #expect(tailor.value("capital", in: .fr) == .text("Testville"))
        #expect(tailor.value("seizure-date", in: .en) == .date(CalendarDay("2027-03-12")!))
        #expect(tailor.value("nothing", in: .en) == .unknown)
        let unfinished = ScenarioTailor(scenario, tailoring: scenario.tailoring("unfinished"))
        #expect(unfinished.value("capital", in: .en) == .missing)
        #expect(unfinished.value("seizure-date", in: .en) == .missing)
        #expect(ScenarioTailor.missingValues(scenario) == ["testland": [], "unfinished": ["capital"]])
        let written = ScenarioTailor.substitute(
            "<p>{{country}} {{ capital }} {{not a name}}</p>",
            { name, value in
                if case .text(let text) = value { return text.uppercased() }
                return "[\(name)]"
            }, lookup: { tailor.value($0, in: .en) })
        #expect(written == "<p>TESTLAND TESTVILLE {{not a name}}</p>")
        #expect(CalendarDay("2027-02-30") == nil)
        #expect(CalendarDay("2027-03-01")?.adding(days: -1).text == "2027-02-28")
    }

    @Test("each text has a stable field name, and a translation state per language")
    func texts() throws {
        let scenario = try Self.sample()
        let fields = scenario.texts.map(\.field)
        #expect(fields.contains("phases.p1.injects.i2.from"))
        #expect(fields.contains("phases.p1.polls.v1.options.a"))
        #expect(fields.contains("tailorings.testland.values.country"))
        #expect(ScenarioFieldPath.jsonPath(of: "phases.p1.injects.i2.from", in: scenario) == "$.phases[0].injects[1].from")
        #expect(ScenarioFieldPath.jsonPath(of: "objectives.o1.tasks.o1-t1", in: scenario) == "$.objectives[0].criticalTasks[0].text")
        let french = scenario.translationState(in: .fr)
        #expect(!french.missing.contains("title") && french.missing.contains("audience"))
        #expect(scenario.completeLanguages == [.en])
        let translated = scenario.translated(["audience": "Policiers et douaniers."], into: .fr)
        #expect(!translated.translationState(in: .fr).missing.contains("audience"))
    }
}
