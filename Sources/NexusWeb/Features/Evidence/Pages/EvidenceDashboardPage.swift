import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The evidence dashboards: all regions at `/{lang}/evidence`, one region at
/// `/{lang}/evidence/{region}`. Charts are SVG drawn here, each with its table.
enum EvidenceDashboardPage {
    struct Tab: Sendable {
        let label: String
        let href: String
        let isCurrent: Bool
    }

    struct Figure: Sendable {
        let label: String
        let value: String
    }

    struct MeetingRow: Sendable {
        let title: String
        let href: String
        let place: String
        let dates: String
        let region: String
        let lang: String?
    }

    struct KindGroup: Sendable {
        let heading: String
        let findings: [FindingCard]
        /// Set when the group shows only the first ``shownPerKind`` of its findings.
        let more: String?
    }

    /// How many findings of each kind a region's page lists; the downloads and the API have them all.
    static let shownPerKind = 30

    struct Model: Sendable {
        let title: String
        let intro: String
        let body: ItemBody?
        let tabs: [Tab]
        let figures: [Figure]
        let mapSVG: String
        let participation: ChartTable?
        let findingsByKind: ChartTable
        let heatmap: ChartTable?
        let regions: [ItemLink]
        let meetings: [MeetingRow]
        let kindGroups: [KindGroup]
        let downloads: [FindingCard.Link]
    }

    /// The dashboard of `region`, or of all regions when `nil`; `nil` for an unknown region.
    static func page(region slug: RegionID?, _ env: PageEnvironment) -> PageResult? {
        let snapshot = env.snapshot
        let t = env.t
        let region = slug.flatMap(snapshot.region(_:))
        if slug != nil && region == nil { return nil }
        let regions = region.map { [$0] } ?? snapshot.regions
        let meetings = slug.map(snapshot.meetings(inRegion:)) ?? snapshot.meetings
        let findings = env.evidence.findings(inRegion: slug)
        let counts = env.evidence.participation(ofMeetings: Set(meetings.map(\.id)))
        let body = region.map { env.body(of: $0.info) }
        let totals = EvidenceFigures.participationTotals(counts)
        let participants = totals.values.reduce(0, +)
        let countries = Set(findings.flatMap(\.countries))
        let model = Model(
            title: body?.0.title ?? t(.evidenceTitle),
            intro: region == nil ? t(.evidenceIntro) : t(.evidenceRegionIntro),
            body: body?.0,
            tabs: [Tab(label: t(.evidenceAllRegions), href: env.href(.dashboard), isCurrent: slug == nil)]
                + snapshot.regions.map { other in
                    Tab(
                        label: env.text(other.info).text.title, href: env.href(.region(other.id)),
                        isCurrent: other.id == slug)
                },
            figures: [
                Figure(label: t(.evidenceFigureMeetings), value: env.t.number(meetings.count)),
                Figure(label: t(.evidenceFigureParticipants), value: participants == 0 ? "–" : env.t.number(participants)),
                Figure(label: t(.evidenceFigureFindings), value: env.t.number(findings.count)),
                Figure(label: t(.evidenceFigureCountries), value: env.t.number(countries.count)),
            ],
            mapSVG: EvidenceFigures.map(findings, meetings: meetings, id: "map", env),
            participation: EvidenceFigures.participation(totals, id: "participation", heading: t(.evidenceParticipationHeading), env),
            findingsByKind: EvidenceFigures.findingsByKind(findings, id: "kinds", env),
            heatmap: EvidenceFigures.heatmap(findings, regions: regions, id: "heatmap", env),
            regions: region == nil ? snapshot.regions.map { env.link(to: $0.info, page: .region($0.id)) } : [],
            meetings: meetings.map { meetingRow($0, env) },
            kindGroups: region == nil
                ? []
                : FindingKind.allCases.compactMap { kind in
                    let ofKind = findings.filter { $0.kind == kind }
                    guard !ofKind.isEmpty else { return nil }
                    return KindGroup(
                        heading: EvidenceLabels.kind(kind, t), findings: ofKind.prefix(shownPerKind).map { FindingCard($0, env) },
                        more: ofKind.count > shownPerKind
                            ? t(.evidenceFindingsMore, ["shown": t.number(shownPerKind), "count": t.number(ofKind.count)]) : nil)
                },
            downloads: EvidenceExports.links(env.language, t))
        let page: EvidenceRoute.Page = slug.map(EvidenceRoute.Page.region) ?? .dashboard
        return PageResult(
            template: "evidence",
            layout: .make(
                page: page, language: env.language, title: model.title, description: model.intro, t: t,
                notices: body.map { env.notices(for: $0.1) } ?? [], canonical: page),
            model: model)
    }

    static func meetingRow(_ meeting: Meeting, _ env: PageEnvironment) -> MeetingRow {
        let text = env.text(meeting.info)
        return MeetingRow(
            title: text.text.title, href: env.href(.meeting(meeting.id)),
            place: EvidenceDates.place(city: text.text.city, country: meeting.country, env.language),
            dates: EvidenceDates.range(meeting.start, meeting.end, env.language),
            region: env.snapshot.region(meeting.region).map { env.text($0.info).text.title } ?? meeting.region.rawValue,
            lang: env.foreignLang(text))
    }
}
