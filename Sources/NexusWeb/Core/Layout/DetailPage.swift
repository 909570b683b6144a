import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
/// The model of an item page that shows a few facts, an outside link and the practices
/// linked to the item: instruments, actor types and initiatives share it.
struct DetailPage: Sendable {
    /// A labelled fact in a definition list.
    struct Fact: Sendable {
        let label: String
        let value: String
    }

    /// A link out of the site (an official text, a website).
    struct ExternalLink: Sendable {
        let href: String
        let label: String
    }

    let indexHref: String
    let indexLabel: String
    /// A short name shown after the index link, such as an instrument's acronym.
    let shortTitle: String?
    let item: ItemBody
    let facts: [Fact]
    let external: ExternalLink?
    let links: LinkSection
}

/// A titled list of linked items, with the sentence shown when it is empty.
struct LinkSection: Sendable {
    let id: String
    let heading: String
    let items: [ItemLink]
    let emptyText: String
}
