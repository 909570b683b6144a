import NexusApplication
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering
public import NexusPersistence

/// Administration: accounts and their tokens, the audit log, and the accounts API.
public enum AdminRoute: FeatureRoute {
    case page(Language, Page)
    /// `GET /api/v1/users`.
    case usersAPI

    public enum Page: Hashable, Sendable {
        case users
        case user(UserID)
        case userPassword(UserID)
        case userTokens(UserID)
        case tokenRevoke(TokenID)
        case auditLog
        case auditLogCSV
    }

    public enum Name: String, CaseIterable, Sendable {
        case users = "app_users"
        case user = "app_user"
        case userPassword = "app_user_password"
        case userTokens = "app_user_tokens"
        case tokenRevoke = "app_token_revoke"
        case auditLog = "app_audit_log"
        case auditLogCSV = "app_audit_log_csv"
        case usersAPI = "api_users"
    }

    public static func parse(_ address: RouteAddress) -> AdminRoute? {
        switch address.place {
        case .api(["users"], _): return .usersAPI
        case .page(let language, let segments) where segments.first == "admin":
            return Page.parse(Array(segments.dropFirst())).map { .page(language, $0) }
        default: return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> AdminRoute {
        switch name {
        case .users: .page(language, .users)
        case .user: .page(language, .user("u1"))
        case .userPassword: .page(language, .userPassword("u1"))
        case .userTokens: .page(language, .userTokens("u1"))
        case .tokenRevoke: .page(language, .tokenRevoke("t1"))
        case .auditLog: .page(language, .auditLog)
        case .auditLogCSV: .page(language, .auditLogCSV)
        case .usersAPI: .usersAPI
        }
    }

    public var path: String {
        switch self {
        case .usersAPI: "/api/v1/users"
        case .page(let language, let page): "/\(language.code)/admin" + page.pathSuffix
        }
    }

    public var name: Name {
        switch self {
        case .usersAPI: .usersAPI
        case .page(_, .users): .users
        case .page(_, .user): .user
        case .page(_, .userPassword): .userPassword
        case .page(_, .userTokens): .userTokens
        case .page(_, .tokenRevoke): .tokenRevoke
        case .page(_, .auditLog): .auditLog
        case .page(_, .auditLogCSV): .auditLogCSV
        }
    }

    public var language: Language {
        switch self {
        case .page(let language, _): language
        case .usersAPI: .source
        }
    }

    public func inLanguage(_ language: Language) -> AdminRoute? {
        if case .page(_, let page) = self { return .page(language, page) }
        return nil
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .usersAPI: Self.readOnly
        case .page(_, let page):
            switch page {
            case .users, .user: Self.form
            case .userPassword, .userTokens, .tokenRevoke: Self.action
            case .auditLog, .auditLogCSV: Self.readOnly
            }
        }
    }

    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch self {
        case .usersAPI, .page(_, .users), .page(_, .user), .page(_, .userPassword), .page(_, .userTokens), .page(_, .tokenRevoke):
            .manageUsers
        case .page(_, .auditLog), .page(_, .auditLogCSV):
            .readAuditLog
        }
    }

    public var isAPI: Bool { self == .usersAPI }
}

extension AdminRoute.Page {
    var pathSuffix: String {
        switch self {
        case .users: "/users"
        case .user(let id): "/users/\(id)"
        case .userPassword(let id): "/users/\(id)/password"
        case .userTokens(let id): "/users/\(id)/tokens"
        case .tokenRevoke(let id): "/tokens/\(id)/revoke"
        case .auditLog: "/audit"
        case .auditLogCSV: "/audit.csv"
        }
    }

    static func parse(_ segments: [String]) -> Self? {
        switch segments.count {
        case 1:
            switch segments[0] {
            case "users": return .users
            case "audit": return .auditLog
            case "audit.csv": return .auditLogCSV
            default: return nil
            }
        case 2:
            return segments[0] == "users" && segments[1].isRecordID ? .user(UserID(segments[1])) : nil
        case 3:
            if segments[0] == "users", segments[1].isRecordID {
                switch segments[2] {
                case "password": return .userPassword(UserID(segments[1]))
                case "tokens": return .userTokens(UserID(segments[1]))
                default: return nil
                }
            }
            if segments[0] == "tokens", segments[1].isRecordID, segments[2] == "revoke" { return .tokenRevoke(TokenID(segments[1])) }
            return nil
        default:
            return nil
        }
    }
}
