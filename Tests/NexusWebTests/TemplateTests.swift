import Foundation
import Mustache
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

@Suite("Template values")
struct TemplateTreeTests {
    struct Inner { let label: String?; let name: String }
    struct Outer { let label: String; let items: [Inner]; let flag: Bool; let count: Int }

    @Test("an absent value stays absent instead of showing the enclosing context's value")
    func absentValues() throws {
        let template = try MustacheTemplate(string: "{{#items}}[{{#label}}{{.}}:{{/label}}{{^label}}none:{{/label}}{{name}}]{{/items}}{{#flag}}!{{/flag}}{{count}}")
        let model = Outer(label: "outer", items: [Inner(label: nil, name: "a"), Inner(label: "L", name: "b")], flag: false, count: 3)
        #expect(template.render(TemplateTree.convert(model)!) == "[none:a][L:b]3")
    }
}
