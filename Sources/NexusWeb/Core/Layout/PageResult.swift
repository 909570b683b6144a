import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization
/// A page ready to render: the template, its layout and its model.
struct PageResult: Sendable {
    /// The Mustache template's name.
    let template: String
    /// The layout around the page.
    var layout: PageLayout
    /// The page's own model, read by the template as `page`.
    let model: any Sendable
}
