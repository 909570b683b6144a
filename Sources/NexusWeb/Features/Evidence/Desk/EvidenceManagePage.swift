import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// The programme officer's desk: every meeting with its participation and details, every
/// finding (filtered by region) with its form, and the ways in: new records and imports.
struct EvidenceManagePage {
    let app: SignedInPage

    struct MeetingRow: Sendable {
        let title: String
        let dates: String
        let place: String
        let recordHref: String
        let editHref: String
        let publicHref: String
    }

    struct FindingRow: Sendable {
        let text: String
        let lang: String?
        let kind: String
        let region: String
        let editHref: String
    }

    struct Model: Sendable {
        let title: String
        let intro: String
        let newMeetingHref: String
        let newFindingHref: String
        let importHref: String
        let meetings: [MeetingRow]
        let regionFilter: [FormOption]
        let filterAction: String
        let findings: [FindingRow]
        /// Set when only the first ``listed`` findings are listed.
        let findingsMore: String?
        let downloads: [FindingCard.Link]
    }

    /// How many findings the desk lists: a page of tens of thousands of rows helps nobody;
    /// the region filter, the findings' own pages, search and the CSV reach the rest.
    static let listed = 200

    func answer() -> Response {
        let state = app.services.store.state
        let t = app.t
        let language = app.language
        let env = app.services.environment(language, snapshot: state.snapshot, evidence: state.evidence)
        let region = app.request.formQuery["region"].flatMap { state.snapshot.region(slug: $0)?.id }
        let found = state.evidence.findings(inRegion: region)
        let model = Model(
            title: t(.evidenceManageTitle), intro: t(.evidenceManageIntro),
            newMeetingHref: Route.evidence(.desk(language, .meetingNew)).path, newFindingHref: Route.evidence(.desk(language, .findingNew)).path,
            importHref: Route.evidence(.desk(language, .importFile)).path,
            meetings: state.snapshot.meetings.map { meeting in
                let row = EvidenceDashboardPage.meetingRow(meeting, env)
                return MeetingRow(
                    title: row.title, dates: row.dates, place: row.place,
                    recordHref: Route.evidence(.desk(language, .meetingRecord(meeting.id))).path,
                    editHref: Route.editing(.page(language, .item(.meeting, meeting.info.slug))).path, publicHref: row.href)
            },
            regionFilter: [FormOption(value: "", label: t(.evidenceAllRegions), isSelected: region == nil)]
                + state.snapshot.regions.map {
                    FormOption(value: $0.info.slug, label: env.text($0.info).text.title, isSelected: $0.id == region)
                },
            filterAction: Route.evidence(.desk(language, .manage)).path,
            findings: found.prefix(Self.listed).map { finding in
                let (text, written) = finding.text(for: language)
                return FindingRow(
                    text: EvidenceSearchSource.title(of: text), lang: written == language ? nil : written.code,
                    kind: EvidenceLabels.kind(finding.kind, t),
                    region: state.snapshot.region(finding.region).map { env.text($0.info).text.title } ?? finding.region.rawValue,
                    editHref: Route.evidence(.desk(language, .findingEdit(finding.id))).path)
            },
            findingsMore: found.count > Self.listed
                ? t(.evidenceFindingsMore, ["shown": t.number(Self.listed), "count": t.number(found.count)]) : nil,
            downloads: EvidenceExports.links(language, t))
        let notices = app.doneNotice(["deleted": .findingDeleted]) + importNotice()
        return app.render(
            PageResult(
                template: "evidence-manage", layout: app.layout(model.title, route: .evidence(.desk(app.language, .manage)), notices: notices),
                model: model))
    }

    /// The summary an import redirects here with.
    private func importNotice() -> [String] {
        let query = app.request.formQuery
        switch query["done"] {
        case "imported-findings":
            return [
                app.t(
                    .importFindingsDone,
                    [
                        "created": query["created"] ?? "0", "updated": query["updated"] ?? "0",
                        "unchanged": query["unchanged"] ?? "0",
                    ])
            ]
        case "imported-participation":
            return [app.t(.importParticipationDone, ["count": query["count"] ?? "0"])]
        default:
            return []
        }
    }
}
