import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The concept of the nexus: an index of its sections, grouped, and each section.
enum ConceptPages {
    struct Group: Sendable {
        let heading: String
        let sections: [ItemLink]
    }

    struct IndexModel: Sendable {
        let title: String
        let intro: String
        let groups: [Group]
    }

    struct SectionModel: Sendable {
        let groupHeading: String
        let item: ItemBody
        let siblings: [ItemLink]
        let indexHref: String
    }

    static func index(_ env: PageEnvironment) -> PageResult {
        let groups = ContentSchema.conceptGroups.compactMap { group -> Group? in
            let sections = env.snapshot.concept.filter { $0.group == group }
            guard !sections.isEmpty else { return nil }
            return Group(
                heading: ChoiceLabels.conceptGroup(group, env.t),
                sections: sections.map { env.link(to: $0.info, page: .conceptSection($0.info.slug)) })
        }
        let model = IndexModel(title: env.t(.conceptTitle), intro: env.t(.conceptIntro), groups: groups)
        return PageResult(
            template: "concept",
            layout: .make(
                page: .concept, language: env.language, title: model.title, description: model.intro,
                t: env.t, canonical: .concept),
            model: model)
    }

    static func section(_ slug: String, _ env: PageEnvironment) -> PageResult? {
        guard let section = env.snapshot.conceptSection(slug: slug) else { return nil }
        let (item, text) = env.body(of: section.info)
        let model = SectionModel(
            groupHeading: ChoiceLabels.conceptGroup(section.group, env.t), item: item,
            siblings: env.snapshot.concept.filter { $0.info.slug != slug }
                .map { env.link(to: $0.info, page: .conceptSection($0.info.slug)) },
            indexHref: env.href(.concept))
        return PageResult(
            template: "concept-section",
            layout: .make(
                page: .conceptSection(slug), language: env.language, title: item.title,
                description: item.summary, t: env.t, notices: env.notices(for: text),
                canonical: .conceptSection(slug)),
            model: model)
    }
}
