public import Foundation
import Mustache
public import NexusLocalization

/// Renders Mustache templates with a layout, the UI strings and a page model: for the
/// web's pages and, later, for printable documents, without the HTTP stack.
///
/// Templates come from this module's bundle (the shared partials: the layout, cards, item
/// heads, form errors) and from the bundles of the modules that use it (each feature's
/// pages); names are unique across them.
public struct ViewRenderer: Sendable {
    /// What a template sees: the layout, the UI strings as `t`, and the page model.
    struct PageView {
        let layout: any Sendable
        let t: [String: String]
        let page: any Sendable
    }

    /// The templates could not be loaded.
    public struct TemplatesMissing: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    private let library: MustacheLibrary
    /// Every template's text, by name, for checks that read templates (the variable check).
    public let sources: [String: String]

    /// Loads the shared templates and every `.mustache` file at the top of each of `bundles`.
    public static func load(adding bundles: [Bundle]) throws -> ViewRenderer {
        var sources: [String: String] = [:]
        for bundle in [Bundle.module] + bundles {
            let folder = bundle.bundleURL
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".mustache") {
                let key = String(name.dropLast(".mustache".count))
                guard sources[key] == nil else {
                    throw TemplatesMissing(description: "two templates are named \(key); template names must be unique")
                }
                sources[key] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        guard sources["layout"] != nil else {
            throw TemplatesMissing(description: "the shared templates are not in the NexusRendering bundle")
        }
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        return ViewRenderer(library: library, sources: sources)
    }

    /// Whether a template of that name was loaded.
    public func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// Where tests collect what is rendered (see ``RenderObservation``).
    @TaskLocal public static var observation: RenderObservation?

    /// The HTML of `template` with `layout` and `page`, in the language of `strings`;
    /// `nil` when there is no such template.
    public func render(template: String, layout: any Sendable, page: any Sendable, strings: Localizer) -> String? {
        let view = PageView(layout: layout, t: strings.texts, page: page)
        let tree = TemplateTree.convert(view) ?? [String: Any]()
        Self.observation?.record(template, RenderedTree(value: tree))
        return library.render(tree, withTemplate: template)
    }
}
