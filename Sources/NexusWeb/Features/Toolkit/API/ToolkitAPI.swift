import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// Builds the JSON answers of the toolkit API from the published snapshot.
struct ToolkitAPI: Sendable {
    let snapshot: ToolkitSnapshot
    let language: Language

    /// The answer to `api`, or `nil` when it names something that does not exist.
    func answer(_ api: ToolkitRoute.API) -> (any Encodable & Sendable)? {
        switch api {
        case .practices:
            APIModels.PracticeList(
                language: language.code, practices: snapshot.practices.map(summary),
                missingNumbers: snapshot.missingPracticeNumbers)
        case .practice(let reference, _):
            snapshot.practice(reference).map(detail)
        case .themes:
            APIModels.Themes(language: language.code, themes: snapshot.themes.map(theme))
        case .instruments:
            APIModels.Instruments(language: language.code, instruments: snapshot.instruments.map(instrument))
        case .actors:
            APIModels.Actors(
                language: language.code,
                actors: snapshot.actors.map { actor in
                    let text = actor.info.text.resolve(language).text
                    return APIModels.Actor(
                        slug: actor.info.slug, title: text.title, summary: text.summary,
                        practices: snapshot.practices(involving: actor.info.slug).map(\.info.slug),
                        url: page(.actor(actor.info.slug)))
                })
        case .initiatives:
            APIModels.Initiatives(language: language.code, initiatives: snapshot.initiatives.map(initiative))
        case .concept:
            APIModels.Concept(language: language.code, sections: snapshot.concept.map(conceptSection))
        }
    }

    private func page(_ page: ToolkitRoute.Page) -> String { Route.toolkit(.page(language, page)).path }

    private func summary(_ practice: Practice) -> APIModels.PracticeSummary {
        let text = practice.info.text.resolve(language).text
        let theme = snapshot.theme(slug: practice.theme)
        return APIModels.PracticeSummary(
            number: practice.number, slug: practice.info.slug,
            theme: APIModels.ThemeRef(
                letter: theme?.letter ?? "", slug: practice.theme,
                title: theme.map { $0.info.text.resolve(language).text.title } ?? ""),
            title: text.title, summary: text.summary, status: practice.info.status.rawValue,
            url: page(.practice(practice.canonicalReference)))
    }

    private func detail(_ practice: Practice) -> APIModels.PracticeDetail {
        let head = summary(practice)
        let resolved = practice.info.text.resolve(language)
        func link(_ info: ItemInfo, _ target: ToolkitRoute.Page) -> APIModels.Link {
            APIModels.Link(slug: info.slug, title: info.text.resolve(language).text.title, url: page(target))
        }
        return APIModels.PracticeDetail(
            summary: head,
            details: .init(
                language: language.code, textLanguage: resolved.language.code,
                isFallback: resolved.isFallback, isStale: resolved.isStale, body: resolved.text.body,
                keyActions: resolved.text.keyActions,
                keyActors: practice.keyActors.compactMap(snapshot.actor(slug:)).map { link($0.info, .actor($0.info.slug)) },
                keyActorsNote: resolved.text.keyActorsNote,
                standards: APIModels.LinkedItems(
                    basis: practice.standardsBasis.rawValue,
                    items: practice.standards.compactMap(snapshot.instrument(slug:))
                        .map { link($0.info, .instrument($0.info.slug)) }),
                initiatives: APIModels.LinkedItems(
                    basis: practice.initiativesBasis.rawValue,
                    items: practice.initiatives.compactMap(snapshot.initiative(slug:))
                        .map { link($0.info, .initiative($0.info.slug)) }),
                related: practice.related.compactMap(snapshot.practice(slug:)).map(summary),
                statusNote: resolved.text.statusNote, sources: practice.info.sources))
    }

    private func theme(_ theme: Theme) -> APIModels.Theme {
        let text = theme.info.text.resolve(language).text
        return APIModels.Theme(
            letter: theme.letter, slug: theme.info.slug, title: text.title, summary: text.summary,
            status: theme.info.status.rawValue,
            practices: snapshot.practices(inTheme: theme.info.slug).map(\.info.slug), url: page(.theme(theme.info.slug)))
    }

    private func instrument(_ instrument: Instrument) -> APIModels.Instrument {
        let text = instrument.info.text.resolve(language).text
        return APIModels.Instrument(
            slug: instrument.info.slug, title: text.title, shortTitle: text.shortTitle, year: instrument.year,
            kind: instrument.kind, issuer: text.issuer, summary: text.summary, status: instrument.info.status.rawValue,
            officialUrl: instrument.url, citedBy: snapshot.practices(citing: instrument.info.slug).map(\.info.slug),
            url: page(.instrument(instrument.info.slug)))
    }

    private func initiative(_ initiative: Initiative) -> APIModels.Initiative {
        let text = initiative.info.text.resolve(language).text
        return APIModels.Initiative(
            slug: initiative.info.slug, title: text.title, organisation: text.organisation,
            started: initiative.started, ended: initiative.ended, coverage: text.coverage, summary: text.summary,
            officialUrl: initiative.url, practices: snapshot.practices(featuring: initiative.info.slug).map(\.info.slug),
            url: page(.initiative(initiative.info.slug)))
    }

    private func conceptSection(_ section: ConceptSection) -> APIModels.ConceptSection {
        let text = section.info.text.resolve(language).text
        return APIModels.ConceptSection(
            slug: section.info.slug, group: section.group, title: text.title, summary: text.summary, body: text.body,
            status: section.info.status.rawValue, statusNote: text.statusNote, sources: section.info.sources,
            url: page(.conceptSection(section.info.slug)))
    }
}
