import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// One lettered section of the good practices, with its practices.
enum ThemePage {
    struct Model: Sendable {
        let label: String
        let item: ItemBody
        let practices: LinkSection
        let practicesHref: String
    }

    static func page(_ slug: String, _ env: PageEnvironment) -> PageResult? {
        guard let theme = env.snapshot.theme(slug: slug) else { return nil }
        let (item, text) = env.body(of: theme.info)
        let model = Model(
            label: env.label(of: theme), item: item,
            practices: LinkSection(
                id: "practices", heading: env.t(.themePractices),
                items: env.snapshot.practices(inTheme: slug).map(env.link(to:)), emptyText: env.t(.practicesNoneInSection)),
            practicesHref: env.href(.practices))
        return PageResult(
            template: "theme",
            layout: .make(
                page: .theme(slug), language: env.language, title: "\(model.label): \(item.title)",
                description: item.summary, t: env.t, notices: env.notices(for: text),
                canonical: .theme(slug)),
            model: model)
    }
}
