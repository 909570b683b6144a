import Foundation
import NexusDomain
import NexusTestSupport
import Testing

/// Every page type in every language, rendered from the fixture content and compared
/// with the HTML recorded in `__Snapshots__/`. A change to a template or a page model
/// shows up here as a readable line diff; re-record with `NEXUS_RECORD_SNAPSHOTS=1`
/// after checking that the change is intended.
@Suite("HTML snapshots of every page in every language")
struct SnapshotTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    @Test("pages match their recorded HTML", arguments: Language.allCases)
    func pages(language: Language) async throws {
        try await TestApp.run(content: Fixtures.testContent) { client in
            for path in AppTests.pagePaths + ["/practices/99"] {
                let page = try await client.get("/\(language.code)\(path)")
                let name = "\(language.code)\(path.replacingOccurrences(of: "/", with: "-")).html"
                Self.assertSnapshot(page.body, named: name)
            }
        }
    }

    static func assertSnapshot(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["NEXUS_RECORD_SNAPSHOTS"] == "1"
        guard !record, let recorded = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? html.write(to: file, atomically: true, encoding: .utf8)
            if !record { Issue.record("recorded a new snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation) }
            return
        }
        guard recorded != html else { return }
        let old = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let new = html.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line]) : "(end of file)"
        let now = line < new.count ? String(new[line]) : "(end of file)"
        Issue.record("\(name) differs from its snapshot at line \(line + 1):\n- \(was)\n+ \(now)", sourceLocation: sourceLocation)
    }
}
