import Foundation
import Mustache
import NexusLocalization

/// Renders page results with the bundled Mustache templates.
struct ViewRenderer: Sendable {
    /// What a template sees: the layout, the UI strings as `t`, and the page model.
    struct PageView {
        let layout: PageLayout
        let t: [String: String]
        let page: any Sendable
    }

    /// The templates could not be loaded.
    struct TemplatesMissing: Error, CustomStringConvertible {
        let description: String
    }

    private let library: MustacheLibrary

    /// Loads every template under `Resources/Templates`.
    static func bundled() async throws -> ViewRenderer {
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil, subdirectory: "Resources")
        else { throw TemplatesMissing(description: "Resources/Templates is not in the NexusWeb bundle") }
        return ViewRenderer(library: try await MustacheLibrary(directory: directory.path))
    }

    /// The names of the loaded templates, for tests.
    func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The page's HTML.
    func render(_ page: PageResult, strings: Localizer) -> String? {
        let view = PageView(layout: page.layout, t: strings.texts, page: page.model)
        return library.render(TemplateTree.convert(view) ?? [:], withTemplate: page.template)
    }
}
