import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
@testable import NexusWeb
import Testing

/// Recording cases in the browser: an editor's case with a network, written in two
/// languages; the refusals (a form with mistakes, names, someone else's save, an officer
/// publishing), each answered with the form as it was typed; and deleting.
@Suite("Recording cases in the browser")
struct CaseEditorWebTests {
    static let password = "a long test passphrase"

    static func seed(_ accounts: Accounts) async throws {
        for (name, roles) in [("editor", [Role.editor]), ("second", [.editor]), ("officer", [.programmeOfficer]), ("viewer", [.viewer])] {
            _ = try await accounts.createUser(
                email: "\(name)@example.org", name: name.capitalized, password: password, roles: Set(roles), by: .commandLine)
        }
    }

    /// A case of five actors and six relationships, as the form sends it.
    static func fields(id: String = "harbour-network", status: String = "published", title: String = "The harbour network") -> [(String, String)] {
        var fields: [(String, String)] = [
            ("_action", "save"), ("id", id), ("source_language", "en"), ("text_language", "en"), ("status", status),
            ("publication", "public"), ("origin", "composite"), ("title", title),
            ("summary", "A port gang moves fuel for an armed group and launders its levies."),
            ("analysis", "A transactional nexus turning into cooperation."), ("period_start", "2015"), ("period_end", "2019-06"),
            ("regions[]", "north"), ("countries", "AL, XK"), ("markets[]", "arms-trafficking"), ("form", "transactional"),
            ("stage", "cooperation"), ("factors[]", "corruption"), ("watch_points[]", "shared-markets"), ("practices[]", "first"),
            ("source-0-id", "s1"), ("source-0-citation", "A fixture report on the harbour, 2019"),
            ("source-0-url", "https://example.org/harbour"), ("source-0-reliability", "B"), ("source-0-credibility", "2"),
        ]
        let actors = [
            ("organised-crime-group", "the port gang"), ("terrorist-armed-group", "the armed group"), ("facilitator", "the broker"),
            ("corrupt-official", "a customs officer"), ("legitimate-business", "the shipping firm"),
        ]
        for (index, actor) in actors.enumerated() {
            fields += [
                ("actor-\(index)-id", "a\(index + 1)"), ("actor-\(index)-type", actor.0), ("actor-\(index)-alias", actor.1),
                ("actor-\(index)-size", index == 0 ? "medium" : ""), ("actor-\(index)-region", index == 0 ? "north" : ""),
                ("actor-\(index)-from", index == 0 ? "2014" : ""), ("actor-\(index)-to", ""),
            ]
        }
        let relations = [
            ("a1", "supplies", "a2"), ("a2", "finances", "a1"), ("a3", "launders-for", "a2"), ("a4", "protects", "a1"),
            ("a1", "bribes", "a4"), ("a5", "transports-for", "a1"),
        ]
        for (index, relation) in relations.enumerated() {
            fields += [
                ("relation-\(index)-id", "r\(index + 1)"), ("relation-\(index)-from", relation.0), ("relation-\(index)-type", relation.1),
                ("relation-\(index)-to", relation.2), ("relation-\(index)-start", index == 0 ? "2016" : ""), ("relation-\(index)-end", ""),
                ("relation-\(index)-source", "s1"), ("relation-\(index)-note", index == 0 ? "Fuel by the truckload." : ""),
            ]
        }
        fields += [("event-0-id", "e1"), ("event-0-date", "2017-03"), ("event-0-text", "The first convoy is seized."), ("event-0-source", "s1")]
        return fields
    }

    /// The case as the API gives it to `browser` in `language`; `nil` when it answers 404.
    static func detail(_ browser: TestBrowser, _ id: String = "harbour-network", _ language: String = "en") async throws -> [String: Any]? {
        let answer = try await browser.get("/api/v1/cases/\(id)?lang=\(language)")
        if answer.status == .notFound { return nil }
        return try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
    }

    static func text(_ detail: [String: Any]?, _ path: String...) -> String? {
        var value: Any? = detail
        for key in path {
            if let index = Int(key) {
                value = (value as? [Any]).flatMap { index < $0.count ? $0[index] : nil }
            } else {
                value = (value as? [String: Any])?[key]
            }
        }
        return ((value as? [String: Any])?["text"] as? String) ?? value as? String
    }

    static func replacing(_ fields: [(String, String)], _ name: String, with value: String) -> [(String, String)] {
        fields.map { $0.0 == name ? (name, value) : $0 }
    }

    @Test("an editor records a five-actor case, adds rows without script, translates it, and sees it everywhere", arguments: TestEngine.available)
    func record(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seed) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            #expect(try await editor.get("/en/cases").body.contains("href=\"/en/cases/new\""))
            let blank = try await editor.get("/en/cases/new")
            #expect(blank.status == .ok)
            #expect(blank.body.contains("name=\"actor-0-id\" value=\"a1\""))
            #expect(!blank.body.contains("name=\"actor-1-id\""))
            #expect(!blank.body.contains(" checked"))

            // "Add an actor" sends the form and gets it back one row longer, nothing saved.
            let grown = try await editor.post("/en/cases/new", Self.replacing(Self.fields(), "_action", with: "add-actor"))
            #expect(grown.status == .ok)
            #expect(grown.body.contains("name=\"actor-5-id\" value=\"a6\""))
            #expect(grown.body.contains("value=\"the broker\""))
            #expect(try await editor.get("/en/cases/harbour-network").status == .notFound)

            let saved = try await editor.post("/en/cases/new", Self.fields())
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/en/cases/harbour-network?done=saved")
            // The same form sent again (a double click) is the same case, not an error.
            #expect(try await editor.post("/en/cases/new", Self.fields()).headers[.location] == "/en/cases/harbour-network?done=saved")

            let page = try await editor.get("/en/cases/harbour-network?done=saved").body
            #expect(page.contains("Case saved."))
            #expect(page.contains("<svg"))
            #expect(page.contains("the shipping firm"))
            #expect(page.contains("/en/cases/harbour-network/edit"))
            #expect(try await editor.get("/en/cases").body.contains("/en/cases/harbour-network\""))
            // The page and a filtered library offer their cases as STIX, and the links answer.
            #expect(page.contains("href=\"/api/v1/cases/harbour-network/stix?lang=en\""))
            let filtered = try await editor.get("/en/cases?region=north").body
            #expect(filtered.contains("href=\"/api/v1/cases/stix?lang=en&amp;region=north\""))
            let bundle = try await editor.get("/api/v1/cases/stix?lang=en&region=north")
            #expect(bundle.status == .ok)
            #expect(bundle.body.contains("\"type\":\"report\"") && bundle.body.contains("The harbour network"))
            #expect(try await editor.get("/api/v1/search?q=harbour&kind=case").body.contains("/en/cases/harbour-network"))
            let stored = try await Self.detail(editor)
            #expect((stored?["actors"] as? [Any])?.count == 5)
            #expect((stored?["relationships"] as? [Any])?.count == 6)
            #expect(Self.text(stored, "case", "period", "end") == "2019-06")
            #expect(Self.text(stored, "sources", "0", "grade") == "B2")
            let summary = stored?["case"] as? [String: Any]
            #expect(summary?["regions"] as? [String] == ["north"])
            #expect(summary?["countries"] as? [String] == ["AL", "XK"])
            #expect(summary?["markets"] as? [String] == ["arms-trafficking"])
            #expect(summary?["practices"] as? [String] == ["first"])
            #expect(stored?["factors"] as? [String] == ["corruption"])
            #expect(stored?["watchPoints"] as? [String] == ["shared-markets"])

            // The French texts, written beside the English original.
            let french = try await editor.get("/en/cases/harbour-network/edit?in=fr").body
            #expect(french.contains("name=\"text_language\" value=\"fr\""))
            #expect(french.contains("The harbour network"))
            var translated = Self.fields()
            translated = Self.replacing(translated, "text_language", with: "fr")
            translated = Self.replacing(translated, "title", with: "Le réseau du port")
            translated = Self.replacing(translated, "summary", with: "Une bande portuaire transporte du carburant pour un groupe armé.")
            translated = Self.replacing(translated, "actor-0-alias", with: "la bande du port")
            translated.append(("revision", "1"))
            #expect(try await editor.post("/en/cases/harbour-network/edit", translated).status == .seeOther)
            let inFrench = try await Self.detail(editor, "harbour-network", "fr")
            #expect(Self.text(inFrench, "case", "title") == "Le réseau du port")
            #expect(Self.text(try await Self.detail(editor), "case", "title") == "The harbour network")
            #expect(Self.text(inFrench, "actors", "0", "alias") == "la bande du port")
            // Not translated yet: the English alias stands in.
            #expect(Self.text(inFrench, "actors", "1", "alias") == "the armed group")
            #expect(try await client.get("/fr/cases/harbour-network").body.contains("Le réseau du port"))

            // Changing the English title marks the French one out of date in the form.
            var changed = Self.replacing(Self.fields(), "title", with: "The harbour network, revisited")
            changed.append(("revision", "2"))
            #expect(try await editor.post("/en/cases/harbour-network/edit", changed).status == .seeOther)
            #expect(
                try await editor.get("/en/cases/harbour-network/edit?in=fr").body.contains("The original changed after this translation was made."))
        }
    }

    @Test("mistakes, names and someone else's save send the form back as typed, in the reader's language", arguments: TestEngine.available)
    func refusals(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seed) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            try await editor.get("/fr/cases/new")
            var wrong = Self.replacing(Self.fields(), "period_start", with: "spring 2015")
            wrong = Self.replacing(wrong, "relation-2-to", with: "a3")
            wrong = Self.replacing(wrong, "relation-2-from", with: "a3")
            wrong = Self.replacing(wrong, "source-0-url", with: "harbour report")
            let refused = try await editor.post("/fr/cases/new", wrong)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Le cas n&#39;a pas été enregistré") || refused.body.contains("Le cas n'a pas été enregistré"))
            #expect(refused.body.contains("« \u{2068}spring 2015\u{2069} » n"))
            #expect(refused.body.contains("href=\"#f-period_start\""))
            #expect(refused.body.contains("value=\"spring 2015\""))
            #expect(refused.body.contains("value=\"harbour report\""))
            #expect(try await Self.detail(editor) == nil)

            // Something that looks like a name is asked about, then saved once confirmed.
            let named = Self.replacing(Self.fields(), "actor-2-alias", with: "Mr Karim Haddad")
            let asked = try await editor.post("/en/cases/new", named)
            #expect(asked.status == .unprocessableContent)
            #expect(asked.body.contains("name=\"_confirm_names\""))
            #expect(asked.body.contains("Actor 3 — Alias"))
            #expect(try await editor.post("/en/cases/new", named + [("_confirm_names", "1")]).status == .seeOther)

            // Two editors load revision 1; the second to save is shown the first one's change.
            let second = TestBrowser(client)
            try await second.signIn("second@example.org", Self.password)
            try await second.get("/en/cases/harbour-network/edit")
            let first = Self.replacing(named, "stage", with: "convergence") + [("revision", "1"), ("_confirm_names", "1")]
            #expect(try await editor.post("/en/cases/harbour-network/edit", first).status == .seeOther)
            let late = Self.replacing(named, "title", with: "A late title") + [("revision", "1"), ("_confirm_names", "1")]
            let conflict = try await second.post("/en/cases/harbour-network/edit", late)
            #expect(conflict.status == .conflict)
            #expect(conflict.body.contains("\u{2068}editor@example.org\u{2069} saved revision 2"))
            #expect(conflict.body.contains("<li>Stage</li>"))
            #expect(conflict.body.contains("value=\"A late title\""))
            #expect(conflict.body.contains("name=\"revision\" value=\"2\""))
            let current = try await Self.detail(editor)
            #expect(Self.text(current, "case", "stage") == "convergence")
            #expect(Self.text(current, "case", "title") == "The harbour network")

            // A new case may not take an identifier in use.
            let taken = try await editor.post("/en/cases/new", Self.replacing(Self.fields(title: "Another case"), "_action", with: "save"))
            #expect(taken.status == .conflict)
            #expect(taken.body.contains("Another case already has") || taken.body.contains("already has the identifier"))
        }
    }

    @Test("programme officers draft, editors publish and delete, viewers do neither", arguments: TestEngine.available)
    func roles(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: Self.seed) { client in
            let officer = TestBrowser(client)
            try await officer.signIn("officer@example.org", Self.password)
            let form = try await officer.get("/en/cases/new").body
            #expect(form.contains("name=\"status\" value=\"draft\""))
            #expect(!form.contains("Delete this case"))
            // A form altered to publish is refused, and nothing is written.
            let publish = try await officer.post("/en/cases/new", Self.fields())
            #expect(publish.status == .forbidden)
            #expect(try await Self.detail(officer) == nil)
            #expect(try await officer.post("/en/cases/new", Self.fields(status: "draft")).status == .seeOther)
            let draft = try await officer.get("/en/cases/harbour-network").body
            #expect(draft.contains("/en/cases/harbour-network/edit"))
            #expect(try await client.get("/en/cases/harbour-network").status == .notFound)
            // A published case is the editors' to change.
            #expect(try await officer.get("/en/cases/open-network/edit").status == .forbidden)
            #expect(!(try await officer.get("/en/cases/open-network").body.contains("/en/cases/open-network/edit")))
            try await officer.get("/en/cases/harbour-network/edit")
            #expect(try await officer.post("/en/cases/harbour-network/delete", []).status == .forbidden)

            let viewer = TestBrowser(client)
            try await viewer.signIn("viewer@example.org", Self.password)
            #expect(try await viewer.get("/en/cases/new").status == .forbidden)
            #expect(!(try await viewer.get("/en/cases").body.contains("/en/cases/new")))
            #expect(try await client.get("/en/cases/new").status == .seeOther)

            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", Self.password)
            let edit = try await editor.get("/en/cases/harbour-network/edit").body
            #expect(edit.contains("Delete this case"))
            let deleted = try await editor.post("/en/cases/harbour-network/delete", [])
            #expect(deleted.headers[.location] == "/en/cases?done=deleted")
            #expect(try await editor.get("/en/cases?done=deleted").body.contains("Case deleted."))
            #expect(try await Self.detail(editor) == nil)
            #expect(try await editor.post("/en/cases/harbour-network/delete", []).status == .notFound)
        }
    }
}
