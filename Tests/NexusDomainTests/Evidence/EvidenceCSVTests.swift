import NexusDomain
import NexusTestSupport
import Testing

@Suite("Evidence CSV: reading, writing and checking")
struct EvidenceCSVTests {
    static let references = EvidenceReferences(
        regions: ["balkans", "horn-east-africa"], meetingRegions: ["tirana-2018": "balkans", "nairobi-2018": "horn-east-africa"],
        practices: ["strengthen-anti-corruption-law", "informal-and-illicit-economies"])

    static func ids() -> () -> String {
        var next = 0
        return {
            next += 1
            return "r-\(next)"
        }
    }

    @Test("RFC 4180: quoted commas, quotes and line breaks; CRLF; a byte-order mark; line numbers of records")
    func parsing() throws {
        let text = "\u{FEFF}a,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n2,\"two\nlines\"\r\n3,last"
        let table = try CSVTable.parse(text)
        #expect(table.header == ["a", "b"])
        #expect(table.records.map(\.fields) == [["1", "x, \"y\""], ["2", "two\nlines"], ["3", "last"]])
        #expect(table.records.map(\.line) == [2, 4, 6])
    }

    @Test("text that is not CSV is refused with the line of the fault")
    func notCSV() {
        #expect(throws: CSVTable.ParseError.unterminatedQuote(line: 3)) { try CSVTable.parse("a\nb\n\"open\nstill") }
        #expect(throws: CSVTable.ParseError.strayQuote(line: 2)) { try CSVTable.parse("a,b\nx\"y,z") }
        #expect(throws: CSVTable.ParseError.empty) { try CSVTable.parse("") }
    }

    @Test("a written file reads back the same, Arabic and formula-like cells included")
    func roundTrip() throws {
        let finding = Finding(
            id: "bk-1", meeting: "tirana-2018", region: "balkans", kind: .manifestation, nexusForm: .transactional,
            countries: ["AL", "XK"], markets: [.humanSmuggling, .armsTrafficking], factors: [.corruption],
            practices: ["strengthen-anti-corruption-law"], source: "=HYPERLINK(\"https://example.org\")", confidence: .partial,
            texts: [.en: "Smugglers, \"facilitators\"\nand forgers.", .ar: "المهربون والمزورون.", .fr: "-12 % au moins"]
        ).normalized
        let text = EvidenceCSV.write([finding])
        #expect(text.hasPrefix("\u{FEFF}id,meeting,region,kind"))
        #expect(text.contains("'=HYPERLINK"), "a formula is neutralised in the file")
        let back = try EvidenceCSV.findings(in: text, references: Self.references, newID: Self.ids()).get()
        #expect(back == [finding])
    }

    @Test("every problem of every line is reported with its line and column, and nothing is returned")
    func allProblems() {
        let text = """
            id,region,kind,confidence,source,text_en,countries,practices,meeting
            ok-1,balkans,manifestation,confirmed,https://example.org/a,Fine.,AL,,tirana-2018
            ,sahara,rumour,sure,,,ZZ,no-such-practice,nairobi-2018
            ok-1,balkans,challenge,inferred,src,Again.,,,
            """
        guard case .failure(let rejected) = EvidenceCSV.findings(in: text, references: Self.references, newID: Self.ids()) else {
            Issue.record("a bad file was accepted")
            return
        }
        let found = Set(rejected.problems.map { "\($0.line):\($0.column ?? "-")" })
        #expect(found == ["3:region", "3:kind", "3:confidence", "3:source", "3:text_en", "3:countries", "3:practices", "4:id"])
        #expect(rejected.problems.contains(CSVProblem(line: 4, column: "id", .field(.duplicate("2")))))
    }

    @Test("a meeting held in another region, unknown and missing columns, and an empty file are refused")
    func structure() {
        let references = Self.references
        let wrongRegion = "region,kind,confidence,source,text_fr,meeting\nbalkans,challenge,confirmed,s,Texte.,nairobi-2018"
        let problems: Rejected<CSVProblem>? = EvidenceCSV.findings(in: wrongRegion, references: references, newID: Self.ids()).failure
        #expect(
            problems?.problems == [
                CSVProblem(
                    line: 2, column: "meeting",
                    .field(.meetingInOtherRegion(meeting: "nairobi-2018", region: "horn-east-africa")))
            ])
        let columns = EvidenceCSV.findings(in: "region,kind,colour\nbalkans,challenge,red", references: references, newID: Self.ids())
        #expect(Set(columns.failure?.problems.map(\.kind) ?? []) == [.missingColumn, .unknownColumn])
        #expect(
            EvidenceCSV.findings(in: "region,kind,confidence,source,text_en\n", references: references, newID: Self.ids())
                .failure?.problems.map(\.kind) == [.noRecords])
    }

    @Test("participation: counts by category and country, Arabic-Indic digits, duplicates and bad counts refused")
    func participation() throws {
        let good = "meeting,category,country,count\ntirana-2018,academia,,٤\ntirana-2018,government-agency,AL,12"
        let counts = try EvidenceCSV.participation(in: good, references: Self.references).get()
        #expect(
            counts == [
                ParticipationCount(meeting: "tirana-2018", category: .academia, count: 4),
                ParticipationCount(meeting: "tirana-2018", category: .government, country: "AL", count: 12),
            ])
        let bad = "meeting,category,country,count\ntirana-2018,academia,,4\ntirana-2018,academia,,5\nnowhere,press,QQ,-1"
        let problems = EvidenceCSV.participation(in: bad, references: Self.references).failure?.problems ?? []
        #expect(Set(problems.map { "\($0.line):\($0.column ?? "-")" }) == ["3:category", "4:meeting", "4:category", "4:country", "4:count"])
        #expect(EvidenceCSV.write(counts).contains("tirana-2018,government-agency,AL,12\r\n"))
    }

    @Test("a participant is recorded by name only with consent and a real date")
    func consent() {
        let person = NamedParticipant(id: "p", meeting: "tirana-2018", name: "A. Person", consentDate: "2018-02-30")
        #expect(ParticipantRules.problems(with: person, consented: false).map(\.kind) == [.consentRequired])
        #expect(ParticipantRules.problems(with: person, consented: true).map(\.kind) == [.invalidDate("2018-02-30")])
        var fixed = person
        fixed.consentDate = "2018-02-14"
        #expect(ParticipantRules.problems(with: fixed, consented: true).isEmpty)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
