public import HTTPTypes
public import NexusDomain

extension Route {
    /// The methods a route answers. Every route answers GET and HEAD unless it only takes
    /// form submissions; those that change something take POST.
    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .app(_, let page):
            switch page {
            case .signIn, .account, .users, .user, .editItem, .translateItem: [.get, .head, .post]
            case .signOut, .accountPassword, .userPassword, .userTokens, .tokenRevoke: [.post]
            case .auditLog, .auditLogCSV, .editIndex, .editHistory, .translations: [.get, .head]
            }
        default:
            [.get, .head]
        }
    }

    /// What a request to this route needs permission to do. Every route has a rule:
    /// the switch is exhaustive, so a new route cannot be added without one, and the
    /// authorisation matrix test checks every rule for every role.
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
            case .editIndex, .editItem, .editHistory: return .editContent
            case .translations: return .translate(nil)
            case .translateItem(let target, _, _): return .translate(target)
            }
        }
    }
}
