import Foundation
import Mustache
import NexusRendering
import NexusLocalization
@testable import NexusWeb
import Testing

@Suite("Templates")
struct TemplateTests {
    @Test("every {{t.key}} in a template is a known UI key")
    func keys() throws {
        let known = Set(UIKey.allCases.map(\.rawValue))
        let sources = try ViewRenderer.bundled().sources
        #expect(sources.count > 30, "the shared and the features' templates are all loaded")
        for (name, text) in sources {
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
        let views = try ViewRenderer.bundled()
        for name in [
            "layout", "home", "concept", "concept-section", "practices", "theme", "practice", "instruments",
            "detail", "link-section", "list", "error", "card", "item-head", "item-sources",
        ] {
            #expect(views.hasTemplate(name), "\(name)")
        }
    }
}

@Suite("Template values")
struct TemplateTreeTests {
    struct Inner {
        let label: String?
        let name: String
    }
    struct Outer {
        let label: String
        let items: [Inner]
        let flag: Bool
        let count: Int
    }

    @Test("an absent value stays absent instead of showing the enclosing context's value")
    func absentValues() throws {
        let template = try MustacheTemplate(
            string: "{{#items}}[{{#label}}{{.}}:{{/label}}{{^label}}none:{{/label}}{{name}}]{{/items}}{{#flag}}!{{/flag}}{{count}}")
        let model = Outer(label: "outer", items: [Inner(label: nil, name: "a"), Inner(label: "L", name: "b")], flag: false, count: 3)
        #expect(template.render(TemplateTree.convert(model)!) == "[none:a][L:b]3")
    }
}
