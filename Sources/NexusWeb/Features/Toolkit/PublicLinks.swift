import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering

/// Where items live on the public site.
enum PublicLinks {
    static func page(for item: ContentItemID, language: Language, snapshot: ToolkitSnapshot) -> String? {
        let route: Route? =
            switch item.kind {
            case .concept: .toolkit(.page(language, .conceptSection(item.slug)))
            case .theme: .toolkit(.page(language, .theme(item.slug)))
            case .practice: snapshot.practice(slug: item.slug).map { .toolkit(.page(language, .practice($0.canonicalReference))) }
            case .instrument: .toolkit(.page(language, .instrument(item.slug)))
            case .actor: .toolkit(.page(language, .actor(item.slug)))
            case .initiative: .toolkit(.page(language, .initiative(item.slug)))
            case .region: .evidence(.page(language, .region(RegionID(item.slug))))
            case .meeting: .evidence(.page(language, .meeting(MeetingID(item.slug))))
            }
        return route?.path
    }
}
