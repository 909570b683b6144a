import NexusPersistence
import NexusDomain
import NexusRendering
import NexusApplication
import NexusLocalization

/// The search page, as the template reads it.
struct SearchPageModel: Sendable {
    struct Hit: Sendable {
        let title: String
        let href: String
        let kind: String
        /// The language's name when the text is not in the reader's language.
        let languageName: String?
        let lang: String
        let dir: String
        let snippet: [SnippetPart]
    }

    struct FacetValue: Sendable {
        let label: String
        /// Left out for a broad query, whose facets count only the ranked candidates.
        let count: Int?
        let href: String
        let isSelected: Bool
    }

    struct FacetGroup: Sendable {
        let heading: String
        let values: [FacetValue]
    }

    let title: String
    let intro: String
    let action: String
    let query: String
    let summary: String?
    let noResults: String?
    let hits: [Hit]
    let facetGroups: [FacetGroup]
    let clearHref: String?
    let previousHref: String?
    let nextHref: String?
    /// Why the search could not be run, when it could not.
    var error: String?
}

extension SearchPageModel {
    /// The page for `results` of the search `parameters`, in `env`'s language.
    static func make(_ parameters: SearchParameters, results: SearchResults, env: PageEnvironment) -> SearchPageModel {
        let t = env.t
        let path = Route.search(.page(env.language)).path
        let asked = !parameters.text.isEmpty
        let hasFilters = parameters.kind != nil || parameters.language != nil || !parameters.facets.isEmpty
        var previous = parameters
        var next = parameters
        previous.page -= 1
        next.page += 1
        return SearchPageModel(
            title: asked ? "\(t(.searchTitle)): \(parameters.text)" : t(.searchTitle), intro: t(.searchIntro), action: path,
            query: parameters.text,
            summary: results.total == 0
                ? nil
                : results.isExhaustive
                    ? t.plural(.searchResultCount, count: results.total) : t(.searchBroadResults, ["count": t.number(results.total)]),
            noResults: asked && results.total == 0 ? t(.searchNoResults, ["query": parameters.text]) : nil,
            hits: results.hits.map { hit in
                let document = hit.document
                return Hit(
                    title: document.title, href: SearchLinks.path(of: document, snapshot: env.snapshot), kind: kindLabel(document.kind, t),
                    languageName: document.language == env.language ? nil : document.language.nativeName,
                    lang: document.language.code, dir: document.language.isRightToLeft ? "rtl" : "ltr",
                    snippet: SearchSnippet.make(
                        text: document.text, language: document.language,
                        terms: results.matchedTerms[document.language] ?? []))
            },
            facetGroups: facetGroups(parameters, results: results, env: env, path: path),
            clearHref: hasFilters ? SearchParameters(text: parameters.text).href(path) : nil,
            previousHref: parameters.page > 1 ? previous.href(path) : nil,
            nextHref: parameters.page * SearchAnswers.pageSize < results.pageable ? next.href(path) : nil)
    }

    static func kindLabel(_ kind: SearchKind, _ t: Localizer) -> String {
        t(kindKey(kind))
    }

    static func kindKey(_ kind: SearchKind) -> UIKey {
        switch kind {
        case .practice: .searchKindPractice
        case .concept: .searchKindConcept
        case .theme: .searchKindTheme
        case .instrument: .searchKindInstrument
        case .actor: .searchKindActor
        case .initiative: .searchKindInitiative
        case .region: .searchKindRegion
        case .meeting: .searchKindMeeting
        case .finding: .searchKindFinding
        case .case: .searchKindCase
        }
    }

    static func filterKey(_ filter: SearchFilter) -> UIKey {
        switch filter {
        case .kind: .searchFacetKind
        case .language: .searchFacetLanguage
        case .facet(.theme): .searchFacetTheme
        case .facet(.actor): .searchFacetActor
        case .facet(.instrument): .searchFacetInstrument
        case .facet(.region): .searchFacetRegion
        case .facet(.practice): .searchFacetPractice
        }
    }

    private static func facetGroups(
        _ parameters: SearchParameters, results: SearchResults, env: PageEnvironment, path: String
    ) -> [FacetGroup] {
        let t = env.t
        return SearchFilter.all.compactMap { filter in
            let selected = parameters.selected(filter)
            let counts = (results.facets[filter] ?? []).prefix(8)
            guard !counts.isEmpty else { return nil }
            return FacetGroup(
                heading: t(filterKey(filter)),
                values: counts.map { count in
                    let isSelected = count.value == selected
                    return FacetValue(
                        label: facetLabel(filter, count.value, env), count: results.isExhaustive ? count.count : nil,
                        href: parameters.with(filter, isSelected ? nil : count.value).href(path), isSelected: isSelected)
                })
        }
    }

    private static func facetLabel(_ filter: SearchFilter, _ value: String, _ env: PageEnvironment) -> String {
        let snapshot = env.snapshot
        switch filter {
        case .kind: return SearchKind(rawValue: value).map { kindLabel($0, env.t) } ?? value
        case .language: return Language(rawValue: value)?.nativeName ?? value
        case .facet(.theme): return snapshot.theme(slug: value).map { env.text($0.info).text.title } ?? value
        case .facet(.actor): return snapshot.actor(slug: value).map { env.text($0.info).text.title } ?? value
        case .facet(.region): return snapshot.region(slug: value).map { env.text($0.info).text.title } ?? value
        case .facet(.practice):
            return snapshot.practice(slug: value).map(env.fullLabel(of:)) ?? value
        case .facet(.instrument):
            return snapshot.instrument(slug: value).map {
                let text = env.text($0.info).text
                return text.shortTitle ?? text.title
            } ?? value
        }
    }
}
