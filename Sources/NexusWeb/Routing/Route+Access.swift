public import HTTPTypes
public import NexusDomain

extension Route {
    /// The methods a route answers. Every route answers GET and HEAD unless it only takes
    /// form submissions; those that change something take POST.
    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .app(_, let page):
            switch page {
            case .signIn, .account, .users, .user, .editItem, .translateItem, .meetingNew, .meetingRecord, .findingNew,
                 .findingEdit, .evidenceImport:
                [.get, .head, .post]
            case .signOut, .accountPassword, .userPassword, .userTokens, .tokenRevoke, .participantAdd, .participantRemove,
                 .findingDelete:
                [.post]
            case .auditLog, .auditLogCSV, .editIndex, .editHistory, .translations, .evidenceManage, .evidenceExport:
                [.get, .head]
            }
        case .api(let api):
            switch api {
            case .meetings, .findings: [.get, .head, .post]
            case .meeting, .participation: [.get, .head, .put]
            case .finding: [.get, .head, .put, .delete]
            default: [.get, .head]
            }
        default:
            [.get, .head]
        }
    }

    /// What a request with `method` to this route needs permission to do: ``permission``,
    /// except for the API's writes to the evidence.
    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch (self, method) {
        case (.api(.meetings), .post), (.api(.meeting), .put), (.api(.participation), .put), (.api(.findings), .post),
             (.api(.finding), .put), (.api(.finding), .delete):
            .recordEvidence
        default:
            permission
        }
    }

    /// What reading this route (GET or HEAD, or a form POST to a signed-in page) needs.
    /// Every route has a rule: the switch is exhaustive, so a new route cannot be added
    /// without one, and the authorisation matrix test checks every rule for every role.
    /// API writes need more; see ``permission(for:)``.
    public var permission: Permission {
        switch self {
        case .root, .page, .openAPI, .health, .metrics, .asset:
            return .readPublished
        case .api(let api):
            return api == .users ? .manageUsers : .readPublished
        case .app(_, let page):
            switch page {
            case .signIn: return .readPublished
            case .signOut, .account, .accountPassword: return .manageOwnAccount
            case .users, .user, .userPassword, .userTokens, .tokenRevoke: return .manageUsers
            case .auditLog, .auditLogCSV: return .readAuditLog
            // Programme officers edit meetings and regions, and see the list of what they can edit.
            case .editIndex: return .recordEvidence
            case .editItem(let kind, _), .editHistory(let kind, _):
                return kind == .meeting || kind == .region ? .recordEvidence : .editContent
            case .evidenceManage, .meetingNew, .meetingRecord, .participantAdd, .participantRemove, .findingNew, .findingEdit,
                 .findingDelete, .evidenceImport:
                return .recordEvidence
            case .evidenceExport: return .readPublished
            case .translations: return .translate(nil)
            case .translateItem(let target, _, _): return .translate(target)
            }
        }
    }
}
