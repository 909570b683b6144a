import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering

extension EvidenceRoute.Page {
    var pathSuffix: String {
        switch self {
        case .dashboard: ""
        case .region(let slug): "/\(slug)"
        case .meeting(let slug): "/meetings/\(slug)"
        case .finding(let id): "/findings/\(id)"
        }
    }

    var name: EvidenceRoute.Name {
        switch self {
        case .dashboard: .dashboard
        case .region: .region
        case .meeting: .meeting
        case .finding: .finding
        }
    }

    /// Words under `/evidence/` that are not regions.
    static let reservedWords: Set<String> = ["manage", "meetings", "findings"]

    static func parse(_ segments: [String]) -> Self? {
        switch segments.count {
        case 0: return .dashboard
        case 1: return segments[0].isValidSlug && !reservedWords.contains(segments[0]) ? .region(RegionID(segments[0])) : nil
        case 2:
            guard segments[1].isValidSlug, segments[1] != "new" else { return nil }
            switch segments[0] {
            case "meetings": return .meeting(MeetingID(segments[1]))
            case "findings": return .finding(FindingID(segments[1]))
            default: return nil
            }
        default: return nil
        }
    }
}

extension EvidenceRoute.Desk {
    var pathSuffix: String {
        switch self {
        case .manage: ""
        case .meetingNew: "/meetings/new"
        case .meetingRecord(let slug): "/meetings/\(slug)"
        case .participantAdd(let slug): "/meetings/\(slug)/participants"
        case .participantRemove(let slug, let id): "/meetings/\(slug)/participants/\(id)/remove"
        case .findingNew: "/findings/new"
        case .findingEdit(let id): "/findings/\(id)"
        case .findingDelete(let id): "/findings/\(id)/delete"
        case .importFile: "/import"
        }
    }

    var name: EvidenceRoute.Name {
        switch self {
        case .manage: .manage
        case .meetingNew: .meetingNew
        case .meetingRecord: .meetingRecord
        case .participantAdd: .participantAdd
        case .participantRemove: .participantRemove
        case .findingNew: .findingNew
        case .findingEdit: .findingEdit
        case .findingDelete: .findingDelete
        case .importFile: .importFile
        }
    }

    static func parse(_ rest: [String]) -> Self? {
        switch rest.count {
        case 0: return .manage
        case 1: return rest[0] == "import" ? .importFile : nil
        case 2:
            guard rest[1].isValidSlug else { return nil }
            switch (rest[0], rest[1]) {
            case ("meetings", "new"): return .meetingNew
            case ("findings", "new"): return .findingNew
            case ("meetings", let slug): return .meetingRecord(MeetingID(slug))
            case ("findings", let id): return .findingEdit(FindingID(id))
            default: return nil
            }
        case 3:
            guard rest[1].isValidSlug, rest[1] != "new" else { return nil }
            if rest[0] == "meetings", rest[2] == "participants" { return .participantAdd(MeetingID(rest[1])) }
            if rest[0] == "findings", rest[2] == "delete" { return .findingDelete(FindingID(rest[1])) }
            return nil
        case 5:
            guard rest[0] == "meetings", rest[1].isValidSlug, rest[2] == "participants", rest[3].isValidSlug, rest[4] == "remove"
            else { return nil }
            return .participantRemove(meeting: MeetingID(rest[1]), id: ParticipantID(rest[3]))
        default:
            return nil
        }
    }
}

extension EvidenceRoute.API {
    var path: String {
        switch self {
        case .meetings(let language): "/api/v1/meetings?lang=\(language.code)"
        case .meeting(let slug, let language): "/api/v1/meetings/\(slug)?lang=\(language.code)"
        case .participation(let slug): "/api/v1/meetings/\(slug)/participation"
        case .findings(let language): "/api/v1/findings?lang=\(language.code)"
        case .finding(let id, let language): "/api/v1/findings/\(id)?lang=\(language.code)"
        }
    }

    var name: EvidenceRoute.Name {
        switch self {
        case .meetings: .meetingsAPI
        case .meeting: .meetingAPI
        case .participation: .participationAPI
        case .findings: .findingsAPI
        case .finding: .findingAPI
        }
    }

    static func parse(_ segments: [String], _ language: Language) -> Self? {
        switch (segments.first, segments.count) {
        case ("meetings", 1): .meetings(language)
        case ("meetings", 2) where segments[1].isValidSlug: .meeting(MeetingID(segments[1]), language)
        case ("meetings", 3) where segments[1].isValidSlug && segments[2] == "participation": .participation(MeetingID(segments[1]))
        case ("findings", 1): .findings(language)
        case ("findings", 2) where segments[1].isValidSlug: .finding(FindingID(segments[1]), language)
        default: nil
        }
    }
}
