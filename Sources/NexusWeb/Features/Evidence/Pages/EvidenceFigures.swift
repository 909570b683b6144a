import NexusApplication
import NexusPersistence
import Foundation
import NexusDomain
import NexusRendering
import NexusLocalization

/// A chart with the table of its figures beside it: the SVG for the eye, the table for
/// screen readers, for copying and for print.
struct ChartTable: Sendable {
    let id: String
    let heading: String
    let svg: String
    /// The table's column headings, the first naming the rows.
    let columns: [String]
    let rows: [Row]
    /// A chart with a single column of figures (a region's heatmap), drawn narrower.
    var isNarrow = false

    struct Row: Sendable {
        let label: String
        let cells: [String]
    }
}

/// The figures the dashboards and meeting pages draw, computed from the evidence.
enum EvidenceFigures {
    /// The chart of participants per stakeholder type, in the vocabulary's order, from
    /// ``participationTotals(_:)``. `nil` when nobody is counted.
    static func participation(_ totals: [StakeholderCategory: Int], id: String, heading: String, _ env: PageEnvironment) -> ChartTable? {
        guard totals.values.contains(where: { $0 > 0 }) else { return nil }
        let t = env.t
        let bars = StakeholderCategory.allCases.map { ChartBar(label: EvidenceLabels.category($0, t), value: totals[$0] ?? 0) }
        return ChartTable(
            id: id, heading: heading, svg: bar(bars, title: heading, id: id, env),
            columns: [t(.evidenceTableCategory), t(.evidenceTableParticipants)],
            rows: bars.map { .init(label: $0.label, cells: [env.t.number($0.value)]) })
    }

    /// Each category's participants over the given counts: each meeting's per-type totals
    /// (rows without a country) or, where a meeting has none for a type, its rows by country.
    static func participationTotals(_ counts: [ParticipationCount]) -> [StakeholderCategory: Int] {
        var totals: [StakeholderCategory: Int] = [:]
        for (_, meetingCounts) in Dictionary(grouping: counts, by: \.meeting) {
            let overall = meetingCounts.filter { $0.country == nil }
            let categoriesWithTotals = Set(overall.map(\.category))
            for count in overall { totals[count.category, default: 0] += count.count }
            for count in meetingCounts where count.country != nil && !categoriesWithTotals.contains(count.category) {
                totals[count.category, default: 0] += count.count
            }
        }
        return totals
    }

    /// Findings per kind.
    static func findingsByKind(_ findings: [Finding], id: String, _ env: PageEnvironment) -> ChartTable {
        let t = env.t
        let heading = t(.evidenceFindingsByKindHeading)
        let bars = FindingKind.allCases.map { kind in
            ChartBar(label: EvidenceLabels.kind(kind, t), value: findings.count { $0.kind == kind })
        }
        return ChartTable(
            id: id, heading: heading, svg: bar(bars, title: heading, id: id, env),
            columns: [t(.evidenceTableKind), t(.evidenceTableFindings)],
            rows: bars.map { .init(label: $0.label, cells: [env.t.number($0.value)]) })
    }

    /// Crime markets and enabling factors (those named at least once) against regions:
    /// how many findings name each. `nil` when none names any.
    static func heatmap(_ findings: [Finding], regions: [Region], id: String, _ env: PageEnvironment) -> ChartTable? {
        let t = env.t
        // One pass over the findings: there may be tens of thousands.
        let column = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1.id, $0) })
        var markets: [CrimeMarket: [Int]] = [:]
        var factors: [EnablingFactor: [Int]] = [:]
        for finding in findings {
            guard let index = column[finding.region] else { continue }
            for market in finding.markets { markets[market, default: Array(repeating: 0, count: regions.count)][index] += 1 }
            for factor in finding.factors { factors[factor, default: Array(repeating: 0, count: regions.count)][index] += 1 }
        }
        let rows: [(label: String, values: [Int])] =
            CrimeMarket.allCases.compactMap { market in markets[market].map { (EvidenceLabels.market(market, t), $0) } }
            + EnablingFactor.allCases.compactMap { factor in factors[factor].map { (EvidenceLabels.factor(factor, t), $0) } }
        guard !rows.isEmpty else { return nil }
        let heading = t(.evidenceHeatmapHeading)
        let columns = regions.map { env.text($0.info).text.title }
        let svg = SVGHeatmap.render(
            rows: rows.map(\.label), columns: columns, values: rows.map(\.values), title: heading, id: id,
            rightToLeft: env.language.isRightToLeft, numberFormatter: env.t.number)
        return ChartTable(
            id: id, heading: heading, svg: svg, columns: [t(.evidenceTableRow)] + columns,
            rows: rows.map { .init(label: $0.label, cells: $0.values.map(env.t.number)) }, isNarrow: columns.count == 1)
    }

    /// The map of the countries the findings name and the meetings were held in,
    /// shaded by how many findings name each.
    static func map(_ findings: [Finding], meetings: [Meeting], id: String, _ env: PageEnvironment) -> String {
        var perCountry: [String: Int] = [:]
        for finding in findings { for country in finding.countries { perCountry[country.rawValue, default: 0] += 1 } }
        for meeting in meetings where perCountry[meeting.country] == nil { perCountry[meeting.country] = 0 }
        let most = max(1, perCountry.values.max() ?? 1)
        // Four shades: a host country with no finding is the lightest.
        let shaded = perCountry.mapValues { count in count == 0 ? 1 : 1 + Int((Double(count) / Double(most) * 3).rounded(.up)).clamped(to: 1...3) }
        let names = Dictionary(uniqueKeysWithValues: perCountry.keys.map { ($0, EvidenceLabels.country($0, env.language)) })
        // The bundled file is checked by a test; without it the page still stands, map-less.
        return SVGMap.render(shapes: env.shapes, shaded: shaded, names: names, title: env.t(.evidenceMapHeading), id: id)
    }

    static func bar(_ bars: [ChartBar], title: String, id: String, _ env: PageEnvironment) -> String {
        SVGBarChart.render(bars, title: title, id: id, rightToLeft: env.language.isRightToLeft, numberFormatter: env.t.number)
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
