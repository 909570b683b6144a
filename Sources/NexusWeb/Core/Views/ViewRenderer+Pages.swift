import Foundation
import NexusLocalization
import NexusRendering

extension ViewRenderer {
    /// The shared templates and every feature's, from this module's bundle.
    static func bundled() throws -> ViewRenderer {
        try load(adding: [Bundle.module])
    }

    /// The page's HTML.
    func render(_ page: PageResult, strings: Localizer) -> String? {
        render(template: page.template, layout: page.layout, page: page.model, strings: strings)
    }
}
