import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// One good practice: recommendation, key actions, key actors, standards, examples.
enum PracticePage {
    struct Step: Sendable {
        let label: String
        let html: String
    }

    /// A list of linked items with a heading and, for editorial selections, a note.
    struct LinkedList: Sendable {
        let heading: String
        let note: String?
        let items: [ItemLink]
    }

    struct Model: Sendable {
        let label: String
        let item: ItemBody
        let themeLabel: String
        let themeHref: String
        let steps: [Step]
        let stepsMissing: String?
        let actors: [ItemLink]
        let actorsNote: String?
        let actorsMissing: String?
        let standards: LinkedList?
        let initiatives: LinkedList?
        let related: [ItemLink]
        let backgroundHeading: String
        /// The findings that informed the practice, by region.
        let findings: [RegionFindings]
        /// The public cases that exercise it.
        let cases: [CaseCard]
    }

    static func model(_ practice: Practice, _ env: PageEnvironment) -> Model {
        let (item, text) = env.body(of: practice.info)
        let t = env.t
        let theme = env.snapshot.theme(slug: practice.theme)
        let themeTitle = theme.map { env.text($0.info).text.title } ?? ""
        let steps = text.text.keyActions.enumerated().map { index, action in
            Step(label: t(.practiceStep, ["number": String(index + 1)]), html: env.markdown.html(action))
        }
        let actors = practice.keyActors.compactMap(env.snapshot.actor(slug:))
            .map { env.link(to: $0.info, page: .actor($0.info.slug)) }
        let standards = practice.standards.compactMap(env.snapshot.instrument(slug:)).map { instrument in
            env.link(to: instrument.info, page: .instrument(instrument.info.slug), label: String(instrument.year))
        }
        let initiatives = practice.initiatives.compactMap(env.snapshot.initiative(slug:))
            .map { env.link(to: $0.info, page: .initiative($0.info.slug)) }
        let editorial = practice.standardsBasis == .editorial
        let editorialInitiatives = practice.initiativesBasis == .editorial
        return Model(
            label: env.label(of: practice), item: item,
            themeLabel: theme.map { t(.practiceInSection, ["letter": $0.letter, "title": themeTitle]) } ?? "",
            themeHref: env.href(.theme(practice.theme)),
            steps: steps,
            stepsMissing: steps.isEmpty ? t(.practiceKeyActionsMissing) : nil,
            actors: actors,
            actorsNote: text.text.keyActorsNote,
            actorsMissing: actors.isEmpty && text.text.keyActorsNote == nil ? t(.practiceKeyActorsMissing) : nil,
            standards: standards.isEmpty
                ? nil
                : LinkedList(
                    heading: t(editorial ? .practiceStandardsEditorial : .practiceStandardsOfficial),
                    note: editorial ? t(.practiceStandardsEditorialNote) : nil, items: standards),
            initiatives: initiatives.isEmpty
                ? nil
                : LinkedList(
                    heading: t(editorialInitiatives ? .practiceInitiativesEditorial : .practiceInitiativesOfficial),
                    note: editorialInitiatives ? t(.practiceInitiativesEditorialNote) : nil, items: initiatives),
            related: practice.related.compactMap(env.snapshot.practice(slug:)).map(env.link(to:)),
            backgroundHeading: t(.practiceBackground),
            findings: RegionFindings.grouped(env.evidence.findings(informing: practice.info.slug), env),
            cases: env.cases.cases(exercising: practice.info.slug).map { CaseCard($0, env) })
    }

    static func page(_ reference: PracticeReference, _ env: PageEnvironment) -> PageResult? {
        guard let practice = env.snapshot.practice(reference) else { return nil }
        let model = model(practice, env)
        let text = env.text(practice.info)
        return PageResult(
            template: "practice",
            layout: .make(
                page: .practice(reference), language: env.language,
                title: "\(model.label): \(model.item.title)", description: model.item.summary,
                t: env.t, notices: env.notices(for: text),
                canonical: .practice(practice.canonicalReference)),
            model: model)
    }
}
