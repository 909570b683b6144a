import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// Importing an events list (MSEL) into a scenario in the browser, on both engines: the
/// file, the columns (found by their names, changeable), a preview of every row, and the
/// injects added; a bad file refused with each problem and its line, and nothing added.
@Suite("Importing events lists into scenarios")
struct ScenarioEventsWebTests {
    static let good = """
        Phase;Time;Kind;To;Headline;Text
        """.replacingOccurrences(of: ";", with: ",")
        + "\n1,0:30,Intelligence report,Police,Border report,The truck was seen before.\n"
        + "The seizure,45,news-flash,,Evening news,\"Crowds gather, quietly.\"\n"

    @Test("upload, columns, preview, added; a bad file lists its problems by line and adds nothing", arguments: TestEngine.available)
    func importing(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await ScenarioWebTests.seed($0, tokens: tokens) }) {
            client in
            let browser = TestBrowser(client)
            try await browser.signIn("designer@example.org", CaseLibraryWebTests.password)
            let start = try await browser.get("/en/scenarios/sample-exercise/msel")
            #expect(start.status == .ok && start.body.contains("name=\"file\""))

            let read = try await browser.upload(
                "/en/scenarios/sample-exercise/msel", [("_step", "upload")], file: ("file", "events.csv", Array(Self.good.utf8)))
            #expect(read.status == .ok)
            #expect(read.body.contains("<option value=\"1\" selected>Time</option>"), "the time column is found by its name")
            #expect(read.body.contains("<td dir=\"auto\">Border report</td>"), "the first rows are shown to go by")

            let mapping: [(String, String)] = [
                ("map-phase", "0"), ("map-time", "1"), ("map-kind", "2"), ("map-to", "3"), ("map-title", "4"), ("map-from", ""),
                ("map-text", "5"), ("phase", ""), ("revision", "1"), ("csv", Self.good),
            ]
            let preview = try await browser.post("/en/scenarios/sample-exercise/msel", mapping + [("_step", "preview")])
            #expect(preview.status == .ok && preview.body.contains("Every row is good: 2 injects will be added"))
            #expect(preview.body.contains("T+0:30") && preview.body.contains("Evening news"))

            let saved = try await browser.post("/en/scenarios/sample-exercise/msel", mapping + [("_step", "save")])
            #expect(saved.status == .seeOther && saved.headers[.location] == "/en/scenarios/sample-exercise?done=events-imported")
            let handbook = try await browser.get("/en/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(handbook.body.contains("Border report") && handbook.body.contains("Crowds gather, quietly."))

            // The same form again was made against revision 1: refused, nothing added twice.
            let stale = try await browser.post("/en/scenarios/sample-exercise/msel", mapping + [("_step", "save")])
            #expect(stale.status == .conflict && stale.body.contains("Someone saved the scenario since you began"))

            let bad = "Phase,Time,Headline,Text\n1,soon,A title,A text\n7,5,,A text\n"
            let refused = try await browser.post(
                "/en/scenarios/sample-exercise/msel",
                [
                    ("map-phase", "0"), ("map-time", "1"), ("map-title", "2"), ("map-text", "3"), ("revision", "2"), ("csv", bad),
                    ("_step", "save"),
                ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Nothing was imported. Problems found: 3."))
            #expect(refused.body.contains("Line 2, column “⁨Time⁩”: ⁨soon⁩ is not a time"))
            #expect(refused.body.contains("Line 3, column “⁨Phase⁩”") && refused.body.contains("Line 3, column “⁨Headline⁩”"))
            let after = try await browser.get("/en/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(!after.body.contains("A title"))
            let notCSV = try await browser.post("/en/scenarios/sample-exercise/msel", [("csv", "a,\"b\n"), ("_step", "upload")])
            #expect(notCSV.status == .unprocessableContent)

            let viewer = TestBrowser(client)
            try await viewer.signIn("reader@example.org", CaseLibraryWebTests.password)
            #expect(try await viewer.get("/en/scenarios/sample-exercise/msel").status == .forbidden)
        }
    }
}
