import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// A finding as lists and pages show it: its text in the reader's language (or the one
/// it was written in), what kind it is, and where it leads.
struct FindingCard: Sendable {
    struct Link: Sendable {
        let href: String
        let label: String
    }

    let id: FindingID
    let href: String
    let text: String
    /// Set when the text is in another language than the page.
    let lang: String?
    let dir: String?
    let kindLabel: String
    let kindClass: String
    let region: Link?
    let meeting: Link?
    let countries: [String]
    let markets: [String]
    let factors: [String]
    let formLabel: String?
    let practices: [Link]
    let confidenceLabel: String
    /// Set when the confidence is less than confirmed, for a visible badge.
    let isUncertain: Bool
    let source: String
    /// The source as a link, when it is one.
    let sourceHref: String?

    init(_ finding: Finding, _ env: PageEnvironment) {
        let t = env.t
        let (text, language) = finding.text(for: env.language)
        id = finding.id
        href = env.href(.finding(finding.id))
        self.text = text
        lang = language == env.language ? nil : language.code
        dir = language == env.language ? nil : (language.isRightToLeft ? "rtl" : "ltr")
        kindLabel = EvidenceLabels.kind(finding.kind, t)
        kindClass = finding.kind.rawValue
        region = env.snapshot.region(finding.region).map {
            Link(href: env.href(.region(finding.region)), label: env.text($0.info).text.title)
        }
        meeting = finding.meeting.flatMap { env.snapshot.meeting($0) }.map {
            Link(href: env.href(.meeting($0.id)), label: env.text($0.info).text.title)
        }
        countries = finding.countries.map { EvidenceLabels.country($0, env.language) }
        markets = finding.markets.map { EvidenceLabels.market($0, t) }
        factors = finding.factors.map { EvidenceLabels.factor($0, t) }
        formLabel = finding.nexusForm.map { EvidenceLabels.form($0, t) }
        practices = finding.practices.compactMap { env.snapshot.practice(slug: $0) }.map { practice in
            Link(href: env.link(to: practice).href, label: env.fullLabel(of: practice))
        }
        confidenceLabel = EvidenceLabels.confidence(finding.confidence, t)
        isUncertain = finding.confidence != .confirmed
        source = finding.source
        sourceHref = finding.source.hasPrefix("https://") || finding.source.hasPrefix("http://") ? finding.source : nil
    }
}

/// Findings of one region, for the practice pages' traceability section.
struct RegionFindings: Sendable {
    let region: FindingCard.Link
    let findings: [FindingCard]

    /// `findings` grouped by region, in the toolkit's order of regions.
    static func grouped(_ findings: [Finding], _ env: PageEnvironment) -> [RegionFindings] {
        let byRegion = Dictionary(grouping: findings, by: \.region)
        return env.snapshot.regions.compactMap { region in
            guard let found = byRegion[region.id], !found.isEmpty else { return nil }
            return RegionFindings(
                region: .init(href: env.href(.region(region.id)), label: env.text(region.info).text.title),
                findings: found.map { FindingCard($0, env) })
        }
    }
}
