public import NexusDomain

extension Route {
    /// The signed-in parts of the site: the account, administration, editing and
    /// translation. Unlike toolkit pages they depend on who asks, so they are never cached.
    public enum AppPage: Hashable, Sendable {
        case signIn
        case signOut
        case account
        case accountPassword
        case users
        case user(String)
        case userPassword(String)
        case userTokens(String)
        case tokenRevoke(String)
        case auditLog
        case auditLogCSV
        case editIndex
        case editItem(ContentKind, String)
        case editHistory(ContentKind, String)
        case translations
        case translateItem(Language, ContentKind, String)
    }
}

extension Route.AppPage {
    var pathSuffix: String {
        switch self {
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .account: "/account"
        case .accountPassword: "/account/password"
        case .users: "/admin/users"
        case .user(let id): "/admin/users/\(id)"
        case .userPassword(let id): "/admin/users/\(id)/password"
        case .userTokens(let id): "/admin/users/\(id)/tokens"
        case .tokenRevoke(let id): "/admin/tokens/\(id)/revoke"
        case .auditLog: "/admin/audit"
        case .auditLogCSV: "/admin/audit.csv"
        case .editIndex: "/edit"
        case .editItem(let kind, let slug): "/edit/\(kind.folder)/\(slug)"
        case .editHistory(let kind, let slug): "/edit/\(kind.folder)/\(slug)/history"
        case .translations: "/translate"
        case .translateItem(let target, let kind, let slug): "/translate/\(target.code)/\(kind.folder)/\(slug)"
        }
    }

    var name: String {
        switch self {
        case .signIn: "sign_in"
        case .signOut: "sign_out"
        case .account: "account"
        case .accountPassword: "account_password"
        case .users: "users"
        case .user: "user"
        case .userPassword: "user_password"
        case .userTokens: "user_tokens"
        case .tokenRevoke: "token_revoke"
        case .auditLog: "audit_log"
        case .auditLogCSV: "audit_log_csv"
        case .editIndex: "edit_index"
        case .editItem: "edit_item"
        case .editHistory: "edit_history"
        case .translations: "translations"
        case .translateItem: "translate_item"
        }
    }

    /// Parses the segments after `/{lang}` of a signed-in page.
    static func parse(_ segments: [String]) -> Route.AppPage? {
        func id(_ text: String) -> String? {
            text.count <= 64 && !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ? text : nil
        }
        switch segments.count {
        case 1:
            switch segments[0] {
            case "sign-in": return .signIn
            case "sign-out": return .signOut
            case "account": return .account
            case "edit": return .editIndex
            case "translate": return .translations
            default: return nil
            }
        case 2:
            switch (segments[0], segments[1]) {
            case ("account", "password"): return .accountPassword
            case ("admin", "users"): return .users
            case ("admin", "audit"): return .auditLog
            case ("admin", "audit.csv"): return .auditLogCSV
            default: return nil
            }
        case 3:
            if segments[0] == "admin", segments[1] == "users" { return id(segments[2]).map(Self.user) }
            if segments[0] == "edit", let kind = ContentKind(folder: segments[1]), segments[2].isValidSlug {
                return .editItem(kind, segments[2])
            }
            return nil
        case 4:
            if segments[0] == "admin", segments[1] == "users", let user = id(segments[2]) {
                switch segments[3] {
                case "password": return .userPassword(user)
                case "tokens": return .userTokens(user)
                default: return nil
                }
            }
            if segments[0] == "admin", segments[1] == "tokens", segments[3] == "revoke" { return id(segments[2]).map(Self.tokenRevoke) }
            if segments[0] == "edit", let kind = ContentKind(folder: segments[1]), segments[2].isValidSlug, segments[3] == "history" {
                return .editHistory(kind, segments[2])
            }
            if segments[0] == "translate", let target = Language(rawValue: segments[1]), target != .source,
               let kind = ContentKind(folder: segments[2]), segments[3].isValidSlug {
                return .translateItem(target, kind, segments[3])
            }
            return nil
        default:
            return nil
        }
    }
}
