import NexusPersistence
import NexusLocalization
import NexusApplication
import NexusDomain
import NexusRendering

/// Where a reader opens a search result: the page of its item, in the language of the
/// text found. Worked out when the result is shown, from the snapshot it is shown with,
/// so an index never holds an address that a later route or practice number changed.
enum SearchLinks {
    static func path(of document: SearchDocument, snapshot: ToolkitSnapshot) -> String {
        let language = document.language
        switch document.kind {
        case .finding:
            return Route.evidence(.page(language, .finding(FindingID(document.item)))).path
        case .case:
            return Route.cases(.page(language, CaseID(document.item))).path
        case .concept, .theme, .practice, .instrument, .actor, .initiative, .region, .meeting:
            // An item the snapshot no longer has (a search answered mid-publish) opens search.
            let item = document.kind.contentKind.map { ContentItemID(kind: $0, slug: document.item) }
            return item.flatMap { PublicLinks.page(for: $0, language: language, snapshot: snapshot) }
                ?? Route.search(.page(language)).path
        }
    }
}
