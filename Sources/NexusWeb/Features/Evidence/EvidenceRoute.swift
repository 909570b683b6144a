import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// Regional evidence: the public dashboards and pages, the programme officer's desk, the
/// CSV downloads, and the API.
public enum EvidenceRoute: FeatureRoute {
    /// A public page in one language.
    case page(Language, Page)
    /// The desk where evidence is recorded, for those who may record it.
    case desk(Language, Desk)
    /// Every finding or participation count as CSV, for everyone.
    case export(Language, Export)
    /// `/api/v1/meetings…` and `/api/v1/findings…`.
    case api(API)

    /// The public pages.
    public enum Page: Hashable, Sendable {
        /// The dashboard of all regions.
        case dashboard
        /// One region's dashboard.
        case region(RegionID)
        /// A consultation meeting: where, when, who took part, what it found.
        case meeting(MeetingID)
        /// One finding, with its meeting and the practices it informed.
        case finding(FindingID)
    }

    /// The signed-in pages of the desk.
    public enum Desk: Hashable, Sendable {
        /// Recording evidence: meetings, findings, imports.
        case manage
        /// A form for a new consultation meeting.
        case meetingNew
        /// A meeting's participation counts and named participants.
        case meetingRecord(MeetingID)
        /// Adds a participant who consented (POST).
        case participantAdd(MeetingID)
        /// Erases a participant's record (POST).
        case participantRemove(meeting: MeetingID, id: ParticipantID)
        /// A form for a new finding; `?meeting=` fills in the meeting and region.
        case findingNew
        /// A finding's form.
        case findingEdit(FindingID)
        /// Deletes a finding (POST).
        case findingDelete(FindingID)
        /// Uploading findings or participation as CSV.
        case importFile
    }

    /// The evidence files anyone can download.
    public enum Export: String, Hashable, Sendable, CaseIterable {
        case findings
        case participation
    }

    /// The endpoints; each answers in the language of its `lang` parameter.
    public enum API: Hashable, Sendable {
        /// Consultation meetings: GET lists, POST records a new one.
        case meetings(Language)
        /// One meeting: GET reads, PUT changes.
        case meeting(MeetingID, Language)
        /// A meeting's participation counts: GET reads, PUT replaces.
        case participation(MeetingID)
        /// Findings: GET lists (filtered by `region`, `kind`, `meeting`, `practice`), POST records.
        case findings(Language)
        /// One finding: GET reads, PUT changes, DELETE removes.
        case finding(FindingID, Language)
    }

    public enum Name: String, CaseIterable, Sendable {
        case dashboard = "page_evidence"
        case region = "page_evidence_region"
        case meeting = "page_meeting"
        case finding = "page_finding"
        case manage = "app_evidence_manage"
        case meetingNew = "app_meeting_new"
        case meetingRecord = "app_meeting_record"
        case participantAdd = "app_participant_add"
        case participantRemove = "app_participant_remove"
        case findingNew = "app_finding_new"
        case findingEdit = "app_finding_edit"
        case findingDelete = "app_finding_delete"
        case importFile = "app_evidence_import"
        case export = "app_evidence_export"
        case meetingsAPI = "api_meetings"
        case meetingAPI = "api_meeting"
        case participationAPI = "api_participation"
        case findingsAPI = "api_findings"
        case findingAPI = "api_finding"
    }

    public static func parse(_ address: RouteAddress) -> EvidenceRoute? {
        switch address.place {
        case .page(let language, let segments) where segments.first == "evidence":
            let rest = Array(segments.dropFirst())
            if rest.count == 1, rest[0].hasSuffix(".csv") {
                return Export(rawValue: String(rest[0].dropLast(4))).map { .export(language, $0) }
            }
            if rest.first == "manage" { return Desk.parse(Array(rest.dropFirst())).map { .desk(language, $0) } }
            return Page.parse(rest).map { .page(language, $0) }
        case .api(let segments, let language):
            return API.parse(segments, language).map(EvidenceRoute.api)
        default:
            return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> EvidenceRoute {
        switch name {
        case .dashboard: .page(language, .dashboard)
        case .region: .page(language, .region("balkans"))
        case .meeting: .page(language, .meeting("tirana-2018"))
        case .finding: .page(language, .finding("wa-fuel-smuggling"))
        case .manage: .desk(language, .manage)
        case .meetingNew: .desk(language, .meetingNew)
        case .meetingRecord: .desk(language, .meetingRecord("tirana-2018"))
        case .participantAdd: .desk(language, .participantAdd("tirana-2018"))
        case .participantRemove: .desk(language, .participantRemove(meeting: "tirana-2018", id: "r-1"))
        case .findingNew: .desk(language, .findingNew)
        case .findingEdit: .desk(language, .findingEdit("r-2"))
        case .findingDelete: .desk(language, .findingDelete("r-2"))
        case .importFile: .desk(language, .importFile)
        case .export: .export(language, .findings)
        case .meetingsAPI: .api(.meetings(language))
        case .meetingAPI: .api(.meeting("tirana-2018", language))
        case .participationAPI: .api(.participation("tirana-2018"))
        case .findingsAPI: .api(.findings(language))
        case .findingAPI: .api(.finding("wa-fuel-smuggling", language))
        }
    }

    public var path: String {
        switch self {
        case .page(let language, let page): "/\(language.code)/evidence" + page.pathSuffix
        case .desk(let language, let desk): "/\(language.code)/evidence/manage" + desk.pathSuffix
        case .export(let language, let file): "/\(language.code)/evidence/\(file.rawValue).csv"
        case .api(let api): api.path
        }
    }

    public var name: Name {
        switch self {
        case .page(_, let page): page.name
        case .desk(_, let desk): desk.name
        case .export: .export
        case .api(let api): api.name
        }
    }

    public var language: Language {
        switch self {
        case .page(let language, _), .desk(let language, _), .export(let language, _): language
        case .api(.meetings(let l)), .api(.meeting(_, let l)), .api(.findings(let l)), .api(.finding(_, let l)): l
        case .api(.participation): .source
        }
    }

    public func inLanguage(_ language: Language) -> EvidenceRoute? {
        switch self {
        case .page(_, let page): .page(language, page)
        case .desk(_, let desk): .desk(language, desk)
        case .export(_, let file): .export(language, file)
        case .api: nil
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .page, .export: Self.readOnly
        case .desk(_, let desk):
            switch desk {
            case .manage: Self.readOnly
            case .meetingNew, .meetingRecord, .findingNew, .findingEdit, .importFile: Self.form
            case .participantAdd, .participantRemove, .findingDelete: Self.action
            }
        case .api(let api):
            switch api {
            case .meetings, .findings: [.get, .head, .post]
            case .meeting, .participation: [.get, .head, .put]
            case .finding: [.get, .head, .put, .delete]
            }
        }
    }

    /// Reading is public; recording needs the programme officer's permission (API writes
    /// with a bearer token, which the responder checks).
    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch self {
        case .page, .export: .readPublished
        case .desk: .recordEvidence
        case .api: method == .get || method == .head ? .readPublished : .recordEvidence
        }
    }

    public var isAPI: Bool {
        if case .api = self { return true }
        return false
    }
}
