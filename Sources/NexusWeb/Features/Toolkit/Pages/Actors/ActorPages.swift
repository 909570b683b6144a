import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The actor types and, for each, the practices that involve it.
enum ActorPages {
    struct IndexModel: Sendable {
        let title: String
        let intro: String
        let items: [ItemLink]
    }

    static func index(_ env: PageEnvironment) -> PageResult {
        let model = IndexModel(
            title: env.t(.actorsTitle), intro: env.t(.actorsIntro),
            items: env.snapshot.actors.map { env.link(to: $0.info, page: .actor($0.info.slug)) })
        return PageResult(
            template: "list",
            layout: .make(
                page: .actors, language: env.language, title: model.title, description: model.intro,
                t: env.t, canonical: .actors),
            model: model)
    }

    static func detail(_ slug: String, _ env: PageEnvironment) -> PageResult? {
        guard let actor = env.snapshot.actor(slug: slug) else { return nil }
        let (item, text) = env.body(of: actor.info)
        let model = DetailPage(
            indexHref: env.href(.actors), indexLabel: env.t(.navActors), shortTitle: nil, item: item, facts: [],
            external: nil,
            links: LinkSection(
                id: "practices", heading: env.t(.actorInvolvedIn),
                items: env.snapshot.practices(involving: slug).map(env.link(to:)), emptyText: env.t(.actorInvolvedInNone)))
        return PageResult(
            template: "detail",
            layout: .make(
                page: .actor(slug), language: env.language, title: item.title, description: item.summary,
                t: env.t, notices: env.notices(for: text), canonical: .actor(slug)),
            model: model)
    }
}
