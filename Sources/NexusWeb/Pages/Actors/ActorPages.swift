import NexusDomain
import NexusLocalization

/// The actor types and, for each, the practices that involve it.
enum ActorPages {
    struct IndexModel: Sendable {
        let title: String
        let intro: String
        let items: [ItemLink]
    }

    struct DetailModel: Sendable {
        let item: ItemBody
        let practices: [ItemLink]
        let practicesHeading: String
        let practicesNone: String
        let indexHref: String
    }

    static func index(_ env: PageEnvironment) -> PageResult {
        let model = IndexModel(
            title: env.t(.actorsTitle), intro: env.t(.actorsIntro),
            items: env.snapshot.actors.map { env.link(to: $0.info, page: .actor($0.info.slug)) })
        return PageResult(
            template: "list",
            layout: .make(page: .actors, language: env.language, title: model.title, description: model.intro,
                          t: env.t, canonical: .actors),
            model: model)
    }

    static func detail(_ slug: String, _ env: PageEnvironment) -> PageResult? {
        guard let actor = env.snapshot.actor(slug: slug) else { return nil }
        let (item, text) = env.body(of: actor.info)
        let model = DetailModel(
            item: item, practices: env.snapshot.practices(involving: slug).map(env.link(to:)),
            practicesHeading: env.t(.actorInvolvedIn), practicesNone: env.t(.actorInvolvedInNone),
            indexHref: env.href(.actors))
        return PageResult(
            template: "actor",
            layout: .make(page: .actor(slug), language: env.language, title: item.title, description: item.summary,
                          t: env.t, notices: env.notices(for: text), canonical: .actor(slug)),
            model: model)
    }
}
