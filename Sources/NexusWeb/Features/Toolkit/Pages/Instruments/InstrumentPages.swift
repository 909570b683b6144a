import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The catalogue of instruments, grouped by kind, and each instrument with the
/// practices that rely on it.
enum InstrumentPages {
    struct Group: Sendable {
        let heading: String
        let items: [ItemLink]
    }

    struct IndexModel: Sendable {
        let title: String
        let intro: String
        let groups: [Group]
    }

    static func index(_ env: PageEnvironment) -> PageResult {
        let groups = ContentSchema.instrumentKinds.compactMap { kind -> Group? in
            let items = env.snapshot.instruments.filter { $0.kind == kind }
            guard !items.isEmpty else { return nil }
            return Group(
                heading: ChoiceLabels.instrumentKind(kind, env.t),
                items: items.map { instrument in
                    env.link(to: instrument.info, page: .instrument(instrument.info.slug), label: String(instrument.year))
                })
        }
        let model = IndexModel(title: env.t(.instrumentsTitle), intro: env.t(.instrumentsIntro), groups: groups)
        return PageResult(
            template: "instruments",
            layout: .make(
                page: .instruments, language: env.language, title: model.title,
                description: model.intro, t: env.t, canonical: .instruments),
            model: model)
    }

    static func detail(_ slug: String, _ env: PageEnvironment) -> PageResult? {
        guard let instrument = env.snapshot.instrument(slug: slug) else { return nil }
        let (item, text) = env.body(of: instrument.info)
        let t = env.t
        var facts = [
            DetailPage.Fact(label: t(.instrumentKind), value: ChoiceLabels.instrumentKind(instrument.kind, t)),
            DetailPage.Fact(label: t(.instrumentYear), value: String(instrument.year)),
        ]
        if let issuer = text.text.issuer { facts.append(.init(label: t(.instrumentIssuer), value: issuer)) }
        let model = DetailPage(
            indexHref: env.href(.instruments), indexLabel: t(.navInstruments), shortTitle: text.text.shortTitle,
            item: item, facts: facts, external: .init(href: instrument.url, label: t(.instrumentOfficialText)),
            links: LinkSection(
                id: "cited-by", heading: t(.instrumentCitedBy),
                items: env.snapshot.practices(citing: slug).map(env.link(to:)), emptyText: t(.instrumentCitedByNone)))
        return PageResult(
            template: "detail",
            layout: .make(
                page: .instrument(slug), language: env.language, title: item.title,
                description: item.summary, t: t, notices: env.notices(for: text),
                canonical: .instrument(slug)),
            model: model)
    }
}
