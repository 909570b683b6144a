import NexusApplication
import NexusPersistence
import NexusDomain
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

    /// Loads every template of the bundle: the shared ones of `Core/Templates` and each
    /// feature's `Templates` folder, which the package copies side by side (template names
    /// are unique across features for that reason).
    static func bundled() async throws -> ViewRenderer {
        let directory = Bundle.module.bundleURL
        let library = try await MustacheLibrary(directory: directory.path)
        guard library.getTemplate(named: "layout") != nil else {
            throw TemplatesMissing(description: "the templates are not in the NexusWeb bundle at \(directory.path)")
        }
        return ViewRenderer(library: library)
    }

    /// The names of the loaded templates, for tests.
    func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The page's HTML.
    func render(_ page: PageResult, strings: Localizer) -> String? {
        let view = PageView(layout: page.layout, t: strings.texts, page: page.model)
        return library.render(TemplateTree.convert(view) ?? [:], withTemplate: page.template)
    }
}
