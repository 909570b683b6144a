import Foundation
import HTTPTypes
import HummingbirdTesting
import NexusDomain
import NexusTestSupport
import Testing

@testable import NexusWeb

/// The scenario editor on both engines: a facilitator grows the form row by row, starts
/// from a case, saves a scenario with every kind of part, sees a bad form refused with
/// each problem linked to its field and nothing stored, and a stale form refused.
@Suite("Writing scenarios in the browser")
struct ScenarioEditorWebTests {
    /// A new scenario's fields: one objective with a task, a variable and a country, one
    /// phase with an inject, a question, a poll and an expected action.
    static func newScenario(id: String, offset: String = "10", options: Int = 2) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("id", id), ("source_language", "en"), ("title", "Desk exercise"), ("purpose", "Practise **joint** work in {{capital}}."),
            ("audience", "Police and customs."), ("basis", "Ours: invented for the test."), ("durationMinutes", "120"),
            ("caseID", "open-network"),
            ("objectives-0-id", "objective-1"), ("objectives-0-text", "Share information."), ("objectives-0-practices[]", "first"),
            ("objectives-0-criticalTasks-0-id", "task-1"), ("objectives-0-criticalTasks-0-text", "Name a contact point."),
            ("variables-0-name", "capital"), ("variables-0-label", "Capital"), ("variables-0-kind", "text"), ("variables-0-dayOffset", ""),
            ("tailorings-0-id", "testland"), ("tailorings-0-name", "Testland"), ("tailorings-0-country", "al"),
            ("tailorings-0-exerciseDay", "2027-05-01"), ("tailorings-0-values-0", "Testville"),
            ("phases-0-id", "phase-1"), ("phases-0-title", "The seizure"), ("phases-0-narrative", "Customs in {{capital}} stop a truck."),
            ("phases-0-durationMinutes", "40"),
            ("phases-0-injects-0-id", "inject-1"), ("phases-0-injects-0-offsetMinutes", offset),
            ("phases-0-injects-0-kind", "news-flash"), ("phases-0-injects-0-addressedTo[]", "police"),
            ("phases-0-injects-0-title", "Truck stopped"), ("phases-0-injects-0-from", "Evening news"),
            ("phases-0-injects-0-text", "A truck is stopped at the border."),
            ("phases-0-questions-0-id", "question-1"), ("phases-0-questions-0-text", "Who leads?"),
            ("phases-0-polls-0-id", "poll-1"), ("phases-0-polls-0-question", "Which agency acts first?"),
            ("phases-0-expectedActions-0-id", "action-1"), ("phases-0-expectedActions-0-text", "Call the police contact point."),
            ("phases-0-expectedActions-0-practices[]", "first"), ("phases-0-expectedActions-0-objective", "objective-1"),
        ]
        for index in 0..<options {
            fields += [
                ("phases-0-polls-0-options-\(index)-id", "option-\(index + 1)"),
                ("phases-0-polls-0-options-\(index)-text", index == 0 ? "Police" : "Customs \(index)"),
            ]
        }
        fields.append(("phases-0-polls-0-options-0-correct", "1"))
        return fields
    }

    @Test("rows are added, a case starts the scenario, a full scenario saves and shows", arguments: TestEngine.available)
    func write(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await ScenarioWebTests.seed($0, tokens: tokens) }) {
            client in
            let browser = TestBrowser(client)
            try await browser.signIn("designer@example.org", CaseLibraryWebTests.password)
            let casePage = try await browser.get("/en/cases/open-network")
            #expect(casePage.body.contains("href=\"/en/scenarios/new?case=open-network\""), "a case offers to start a scenario on it")
            let fromCase = try await browser.get("/en/scenarios/new?case=open-network")
            #expect(fromCase.body.contains("<option value=\"open-network\" selected>") && fromCase.body.contains("class=\"case-material\""))
            let blank = try await browser.get("/en/scenarios/new")
            #expect(blank.status == .ok && blank.body.contains("name=\"phases-0-title\"") && blank.body.contains("name=\"objectives-0-text\""))

            let grown = try await browser.post(
                "/en/scenarios/new", Self.newScenario(id: "desk-exercise") + [("_action", "add:phases[0].polls[0].options")])
            #expect(grown.status == .ok && grown.body.contains("name=\"phases-0-polls-0-options-2-text\""))
            #expect(grown.body.contains("value=\"Which agency acts first?\""), "what was typed comes back")
            let phase = try await browser.post("/en/scenarios/new", [("id", "x"), ("_action", "add:phases")])
            #expect(phase.body.contains("name=\"phases-0-injects-0-title\"") == false && phase.body.contains("name=\"phases-0-title\""))

            let started = try await browser.post(
                "/en/scenarios/new", [("id", "from-case"), ("caseID", "open-network"), ("phases-0-id", "phase-1"), ("_action", "from-case")])
            #expect(started.status == .ok && started.body.contains("A smuggling group sells forged papers"))
            #expect(started.body.contains("value=\"first\" checked"), "the case's practices are ticked on the first objective")
            #expect(started.body.contains("class=\"case-material\""))

            let saved = try await browser.post("/en/scenarios/new", Self.newScenario(id: "desk-exercise"))
            #expect(saved.status == .seeOther && saved.headers[.location] == "/en/scenarios/desk-exercise?done=saved")
            let page = try await browser.get("/en/scenarios/desk-exercise/handbook?tailoring=testland")
            #expect(page.status == .ok && page.body.contains("Customs in Testville stop a truck."))
            #expect(page.body.contains("Call the police contact point.") && page.body.contains("Which agency acts first?"))

            // Sent twice (a double click), the same form finds its own scenario.
            let twice = try await browser.post("/en/scenarios/new", Self.newScenario(id: "desk-exercise"))
            #expect(twice.status == .seeOther)
            let other = try await browser.post(
                "/en/scenarios/new", Self.newScenario(id: "desk-exercise").map { $0.0 == "title" ? ($0.0, "Another") : $0 })
            #expect(other.status == .conflict && other.body.contains("desk-exercise"))
        }
    }

    @Test("a bad form lists each problem linked to its field, keeps what was typed and stores nothing", arguments: TestEngine.available)
    func refused(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await ScenarioWebTests.seed($0, tokens: tokens) }) {
            client in
            let browser = TestBrowser(client)
            try await browser.signIn("designer@example.org", CaseLibraryWebTests.password)
            let fields = Self.newScenario(id: "desk-bad", offset: "soon", options: 1).map { $0.0 == "title" ? ($0.0, "") : $0 }
            _ = try await browser.get("/en/scenarios/new")
            let refused = try await browser.post("/en/scenarios/new", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("href=\"#f-phases-0-injects-0-offsetMinutes\""))
            #expect(refused.body.contains("href=\"#f-title\""))
            #expect(refused.body.contains("href=\"#f-phases-0-polls-0-options\""))
            #expect(refused.body.contains("id=\"f-phases-0-injects-0-offsetMinutes\"") && refused.body.contains("value=\"soon\""))
            #expect(try await browser.get("/en/scenarios/desk-bad").status == .notFound)

            let viewer = TestBrowser(client)
            try await viewer.signIn("reader@example.org", CaseLibraryWebTests.password)
            #expect(try await viewer.get("/en/scenarios/new").status == .forbidden)
            _ = try await viewer.get("/en/account")
            #expect(try await viewer.post("/en/scenarios/new", Self.newScenario(id: "by-viewer")).status == .forbidden)
        }
    }

    @Test("an edit keeps the translations, marks them stale where the original changed, and a stale form is refused", arguments: TestEngine.available)
    func edit(engine: TestEngine) async throws {
        let tokens = TokenBox()
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: { try await ScenarioWebTests.seed($0, tokens: tokens) }) {
            client in
            let browser = TestBrowser(client)
            try await browser.signIn("designer@example.org", CaseLibraryWebTests.password)
            let form = try await browser.get("/en/scenarios/sample-exercise/edit")
            #expect(form.status == .ok && form.body.contains("name=\"revision\" value=\"1\""))
            #expect(
                form.body.contains("value=\"Border crossing exercise\"")
                    && form.body.contains("name=\"phases-0-injects-1-addressedTo[]\" value=\"police\" checked"))
            let fields = try Self.fields(of: form.body)
            #expect(fields.contains { $0.0 == "tailorings-0-values-1" && $0.1 == "Testville" })
            let changed = fields.map { $0.0 == "title" ? ($0.0, "Border crossing exercise, revised") : $0 }
            let saved = try await browser.post("/en/scenarios/sample-exercise/edit", changed)
            #expect(saved.status == .seeOther)
            let french = try await browser.get("/fr/scenarios/sample-exercise")
            #expect(french.body.contains("Exercice au point de passage"), "the French title is kept, stale, until a translator looks at it")
            let english = try await browser.get("/en/scenarios/sample-exercise/handbook?tailoring=testland")
            #expect(english.body.contains("Border crossing exercise, revised") && english.body.contains("customs in Testville stop a truck"))

            let stale = try await browser.post("/en/scenarios/sample-exercise/edit", fields)
            #expect(stale.status == .conflict && stale.body.contains("Someone saved this scenario while you were editing it"))
            #expect(stale.body.contains("name=\"revision\" value=\"2\""))
        }
    }

    /// The form's fields as the browser would send them: inputs, text areas, ticked boxes
    /// and selected options; the CSRF token is added by the test browser.
    static func fields(of html: String) throws -> [(String, String)] {
        var fields: [(String, String)] = []
        let form = html.components(separatedBy: "class=\"content-form scenario-form\"").dropFirst().first ?? ""
        func attribute(_ name: String, in tag: Substring) -> String? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let rest = tag[start.upperBound...]
            return rest.firstIndex(of: "\"").map { unescape(String(rest[..<$0])) }
        }
        var rest = Substring(form)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { break }
            let tag = after[..<close]
            rest = after[after.index(after: close)...]
            if tag.hasPrefix("input"), let name = attribute("name", in: tag), name != "_csrf" {
                let type = attribute("type", in: tag) ?? "text"
                if type == "checkbox", !tag.contains(" checked") { continue }
                fields.append((name, attribute("value", in: tag) ?? ""))
            } else if tag.hasPrefix("textarea"), let name = attribute("name", in: tag), let end = rest.range(of: "</textarea>") {
                fields.append((name, unescape(String(rest[..<end.lowerBound]))))
            } else if tag.hasPrefix("select"), let name = attribute("name", in: tag), let end = rest.range(of: "</select>") {
                let options = rest[..<end.lowerBound]
                if let selected = options.range(of: "\" selected>") {
                    let before = options[..<selected.lowerBound]
                    let value = before.range(of: "value=\"", options: .backwards).map { String(before[$0.upperBound...]) } ?? ""
                    fields.append((name, unescape(value)))
                } else if let first = options.range(of: "value=\"") {
                    let value = options[first.upperBound...].prefix { $0 != "\"" }
                    fields.append((name, unescape(String(value))))
                }
            }
        }
        return fields
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
