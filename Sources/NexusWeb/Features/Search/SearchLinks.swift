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
        if document.kind == EvidenceSearchSource.kind { return Route.evidence(.page(document.language, .finding(FindingID(document.item)))).path }
        if let kind = ContentKind(rawValue: document.kind),
           let path = PublicLinks.page(for: ContentItemID(kind: kind, slug: document.item), language: document.language,
                                       snapshot: snapshot) {
            return path
        }
        return Route.search(.page(document.language)).path
    }
}
