import Foundation
import NexusLocalization
@testable import NexusWeb
import Testing

@Suite("Templates")
struct TemplateTests {
    private static var templateFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NexusWeb/Resources/Templates")
    }

    @Test("every {{t.key}} in a template is a known UI key")
    func keys() throws {
        let known = Set(UIKey.allCases.map(\.rawValue))
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.templateFolder.path) {
            let text = try String(contentsOf: Self.templateFolder.appendingPathComponent(name), encoding: .utf8)
            var rest = Substring(text)
            while let range = rest.range(of: "t.") {
                let key = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
                if rest[..<range.lowerBound].hasSuffix("{{") { #expect(known.contains(String(key)), "\(name): t.\(key)") }
                rest = rest[range.upperBound...]
            }
        }
    }

    @Test("every page template loads")
    func load() async throws {
        let views = try await ViewRenderer.bundled()
        for name in ["layout", "home", "concept", "concept-section", "practices", "theme", "practice", "instruments",
                     "detail", "link-section", "list", "error", "card", "item-head", "item-sources"] {
            #expect(views.hasTemplate(name), "\(name)")
        }
    }
}
