import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// Example initiatives and, for each, the practices that refer to it.
enum InitiativePages {
    static func index(_ env: PageEnvironment) -> PageResult {
        let model = ActorPages.IndexModel(
            title: env.t(.initiativesTitle), intro: env.t(.initiativesIntro),
            items: env.snapshot.initiatives.map { env.link(to: $0.info, page: .initiative($0.info.slug)) })
        return PageResult(
            template: "list",
            layout: .make(
                page: .initiatives, language: env.language, title: model.title,
                description: model.intro, t: env.t, canonical: .initiatives),
            model: model)
    }

    static func detail(_ slug: String, _ env: PageEnvironment) -> PageResult? {
        guard let initiative = env.snapshot.initiative(slug: slug) else { return nil }
        let (item, text) = env.body(of: initiative.info)
        let t = env.t
        var facts: [DetailPage.Fact] = []
        if let organisation = text.text.organisation {
            facts.append(.init(label: t(.initiativeOrganisation), value: organisation))
        }
        if let period = period(initiative, env) { facts.append(.init(label: t(.initiativePeriod), value: period)) }
        if let coverage = text.text.coverage { facts.append(.init(label: t(.initiativeCoverage), value: coverage)) }
        let model = DetailPage(
            indexHref: env.href(.initiatives), indexLabel: t(.navInitiatives), shortTitle: nil, item: item,
            facts: facts, external: .init(href: initiative.url, label: t(.initiativeWebsite)),
            links: LinkSection(
                id: "practices", heading: t(.initiativeFeaturedIn),
                items: env.snapshot.practices(featuring: slug).map(env.link(to:)), emptyText: t(.initiativeFeaturedInNone)))
        return PageResult(
            template: "detail",
            layout: .make(
                page: .initiative(slug), language: env.language, title: item.title,
                description: item.summary, t: t, notices: env.notices(for: text),
                canonical: .initiative(slug)),
            model: model)
    }

    static func period(_ initiative: Initiative, _ env: PageEnvironment) -> String? {
        switch (initiative.started, initiative.ended) {
        case (let start?, let end?): start == end ? "\(start)" : "\(start)–\(end)"
        case (let start?, nil): env.t(.initiativeSince, ["year": String(start)])
        case (nil, let end?): "–\(end)"
        case (nil, nil): nil
        }
    }
}
