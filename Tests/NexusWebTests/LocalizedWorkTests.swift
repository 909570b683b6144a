import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

/// The signed-in pages in a right-to-left interface: the interface is Arabic, the
/// content keeps its own language and direction.
@Suite("Signed-in pages in another interface language")
struct LocalizedWorkTests {
    @Test("an Arabic-speaking editor edits English left to right, with choices in Arabic", arguments: TestEngine.available)
    func arabicEditorForm(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let editor = TestBrowser(client)
            try await editor.signIn("editor@example.org", AuthTests.password)
            let page = try await editor.get("/ar/edit/practices/first").body
            #expect(page.contains(#"<html lang="ar" dir="rtl""#))
            #expect(page.contains(#"id="f-title" name="title" value="Make laws consistent" required lang="en" dir="ltr""#))
            #expect(page.contains(#"<textarea id="f-body" name="body" rows="4" lang="en" dir="ltr">"#))
            #expect(page.contains(#"<textarea id="f-sources" name="sources" rows="4" required dir="ltr">"#), "URLs are never right to left")
            #expect(page.contains(#"<option value="confirmed" selected>مؤكَّد</option>"#), "statuses are named in Arabic")
            #expect(page.contains("\u{2068}Make laws consistent\u{2069}"), "the English title is isolated inside the Arabic heading")
        }
    }

    @Test("the audit log names actions in the reader's language and keeps the code for the CSV", arguments: TestEngine.available)
    func auditLabels(engine: TestEngine) async throws {
        try await TestApp.run(engine: engine, content: Fixtures.testContent, seed: AuthTests.seedPeople) { client in
            let admin = TestBrowser(client)
            try await admin.signIn("admin@example.org", AuthTests.password)
            let page = try await admin.get("/ar/admin/audit").body
            #expect(page.contains(#"title="user.create">إنشاء حساب</td>"#))
            #expect(page.contains(#"<span dir="auto">سطر الأوامر</span>"#), "the command line is named in Arabic too")
            #expect(
                page.contains(/ديسمبر|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر/),
                "moments read as a date in Arabic")
            #expect(page.contains("UTC"), "and say which clock they follow")
            #expect(!page.contains(/\d\dT\d\d:/))
            let csv = try await admin.get("/ar/admin/audit.csv").body
            #expect(csv.contains(",user.create,"))
        }
    }
}
