import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The home page: what the toolkit is and where to start.
enum HomePage {
    struct Model: Sendable {
        struct Entry: Sendable {
            let title: String
            let lead: String
            let href: String
        }

        let title: String
        let intro: String
        let entries: [Entry]
        let themes: [ItemLink]
        let about: String
    }

    static func model(_ env: PageEnvironment) -> Model {
        let t = env.t
        return Model(
            title: t(.homeTitle),
            intro: t(.homeIntro),
            entries: [
                .init(title: t(.navConcept), lead: t(.homeConceptLead), href: env.href(.concept)),
                .init(title: t(.navPractices), lead: t(.homePracticesLead), href: env.href(.practices)),
                .init(title: t(.navInstruments), lead: t(.homeInstrumentsLead), href: env.href(.instruments)),
                .init(title: t(.navActors), lead: t(.homeActorsLead), href: env.href(.actors)),
                .init(title: t(.navInitiatives), lead: t(.homeInitiativesLead), href: env.href(.initiatives)),
                .init(title: t(.evidenceTitle), lead: t(.homeEvidenceLead), href: env.href(.dashboard)),
            ],
            themes: env.snapshot.themes.map { theme in
                env.link(to: theme.info, page: .theme(theme.info.slug), label: env.label(of: theme))
            },
            about: t(.homeAbout))
    }

    static func page(_ env: PageEnvironment) -> PageResult {
        let model = model(env)
        return PageResult(
            template: "home",
            layout: .make(
                page: .home, language: env.language, title: env.t(.siteName),
                description: env.t(.siteTagline), t: env.t, canonical: .home),
            model: model)
    }
}
