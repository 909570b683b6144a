import Foundation
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusPersistence

/// The case library: the cases the reader may read, filtered by facets chosen in a form
/// that works without scripts, a page at a time.
enum CaseLibraryPage {
    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let filters: [Filter]
        let hasFilters: Bool
        let clearHref: String
        let countText: String
        let cards: [CaseCard]
        let emptyText: String?
        let error: String?
        let pageText: String?
        let previousHref: String?
        let nextHref: String?
        /// The form for a new case, for those who may record one.
        let recordHref: String?
        /// The cases the filters select, as one STIX 2.1 bundle.
        let stixHref: String?
    }

    /// One facet as a `<select>`.
    struct Filter: Sendable {
        let name: String
        let label: String
        let options: [Option]
    }

    struct Option: Sendable {
        let value: String
        let label: String
        let isSelected: Bool
    }

    /// Cases per page unless the reader asks for another number (`size`, 1–100).
    static let pageSize = 20

    static func model(
        filter: CaseFilter, page: Int, size: Int, result: CaseRepository.Page, counts: [CaseFacet: [FacetCount]], error: String?,
        recordHref: String? = nil, _ env: PageEnvironment
    ) -> Model {
        let t = env.t
        let path = Route.cases(.library(env.language)).path
        let pages = max(1, (result.total + size - 1) / size)
        let filters = filter.values.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, $0.value) }
        func query(_ items: [(String, String)]) -> String {
            items.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? "")" }
                .joined(separator: "&")
        }
        func href(page: Int) -> String {
            var items = filters
            if size != pageSize { items.append(("size", String(size))) }
            if page > 1 { items.append(("page", String(page))) }
            return items.isEmpty ? path : path + "?" + query(items)
        }
        let stix = Route.cases(.api(.stixSet(env.language))).path
        let stixHref = filters.isEmpty ? stix : stix + "&" + query(filters)
        let facets = CaseFacet.browsable.map { facet in
            let selected = filter.values[facet]
            var values = (counts[facet] ?? []).map { ($0.value, $0.count) }
            if let selected, !values.contains(where: { $0.0 == selected }) { values.append((selected, 0)) }
            let options = values.map { value, count in
                Option(
                    value: value, label: "\(CaseFacetLabels.label(facet, value, env)) (\(t.number(count)))",
                    isSelected: value == selected)
            }.sorted { facet == .year ? $0.value > $1.value : $0.label.localizedStandardCompare($1.label) == .orderedAscending }
            return Filter(
                name: facet.rawValue, label: t(CaseLabels.facet(facet)),
                options: [Option(value: "", label: t(.casesFilterAll), isSelected: selected == nil)] + options)
        }
        let empty: String? =
            result.total == 0 ? t(filter.values.isEmpty ? .casesEmptyLibrary : .casesEmpty) : nil
        return Model(
            title: t(.casesTitle), intro: t(.casesIntro), action: path, filters: facets, hasFilters: !filter.values.isEmpty,
            clearHref: path, countText: t(.casesCount, ["count": t.number(result.total)]),
            cards: result.cases.map { CaseCard($0.record, env) }, emptyText: empty, error: error,
            pageText: pages > 1 || page > 1 ? t(.casesPageOf, ["page": t.number(page), "pages": t.number(pages)]) : nil,
            previousHref: page > 1 ? href(page: page - 1) : nil, nextHref: page < pages ? href(page: page + 1) : nil,
            recordHref: recordHref, stixHref: result.total == 0 ? nil : stixHref)
    }
}

/// The reader's words for a facet's value.
enum CaseFacetLabels {
    static func label(_ facet: CaseFacet, _ value: String, _ env: PageEnvironment) -> String {
        let t = env.t
        switch facet {
        case .region: return env.snapshot.region(slug: value).map { env.text($0.info).text.title } ?? value
        case .country: return EvidenceLabels.country(value, env.language)
        case .market: return CrimeMarket(rawValue: value).map { EvidenceLabels.market($0, t) } ?? value
        case .form: return NexusForm(rawValue: value).map { EvidenceLabels.form($0, t) } ?? value
        case .stage: return NexusStage(rawValue: value).map { CaseLabels.stage($0, t) } ?? value
        case .practice:
            return env.snapshot.practice(slug: value).map(env.fullLabel(of:)) ?? value
        case .instrument: return env.snapshot.instrument(slug: value).map { env.text($0.info).text.title } ?? value
        case .year: return Int(value).map { String($0) } ?? value
        case .origin: return CaseOrigin(rawValue: value).map { CaseLabels.origin($0, t) } ?? value
        case .language: return Language(rawValue: value)?.nativeName ?? value
        }
    }
}
