import NexusDomain

/// Where items live on the public site.
enum PublicLinks {
    static func page(for item: ContentItemID, language: Language, snapshot: ToolkitSnapshot) -> String? {
        let page: Route.Page? = switch item.kind {
        case .concept: .conceptSection(item.slug)
        case .theme: .theme(item.slug)
        case .practice: snapshot.practice(slug: item.slug).map { .practice($0.canonicalReference) }
        case .instrument: .instrument(item.slug)
        case .actor: .actor(item.slug)
        case .initiative: .initiative(item.slug)
        case .region: .evidenceRegion(item.slug)
        case .meeting: .meeting(item.slug)
        }
        return page.map { Route.page(language, $0).path }
    }
}
