import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// Finds the builder for each page of the toolkit.
enum PageDirectory {
    /// The page for `page`, or `nil` when it names an item that does not exist.
    static func build(_ page: ToolkitRoute.Page, _ env: PageEnvironment) -> PageResult? {
        switch page {
        case .home: HomePage.page(env)
        case .concept: ConceptPages.index(env)
        case .conceptSection(let slug): ConceptPages.section(slug, env)
        case .practices: PracticeListPage.page(env)
        case .practice(let reference): PracticePage.page(reference, env)
        case .theme(let slug): ThemePage.page(slug, env)
        case .instruments: InstrumentPages.index(env)
        case .instrument(let slug): InstrumentPages.detail(slug, env)
        case .actors: ActorPages.index(env)
        case .actor(let slug): ActorPages.detail(slug, env)
        case .initiatives: InitiativePages.index(env)
        case .initiative(let slug): InitiativePages.detail(slug, env)
        }
    }

    /// The not-found message for a page naming a missing item.
    static func notFoundMessage(_ page: ToolkitRoute.Page, _ env: PageEnvironment) -> String? {
        if case .practice(let reference) = page { return env.t(.errorNotFoundPractice, ["reference": "\(reference)"]) }
        return nil
    }
}
