import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// Signing in and out, and the signed-in user's own account.
public enum AccountsRoute: FeatureRoute {
    case signIn(Language)
    case signOut(Language)
    case account(Language)
    case password(Language)

    public enum Name: String, CaseIterable, Sendable {
        case signIn = "app_sign_in"
        case signOut = "app_sign_out"
        case account = "app_account"
        case password = "app_account_password"
    }

    public static func parse(_ address: RouteAddress) -> AccountsRoute? {
        guard case .page(let language, let segments) = address.place else { return nil }
        switch segments {
        case ["sign-in"]: return .signIn(language)
        case ["sign-out"]: return .signOut(language)
        case ["account"]: return .account(language)
        case ["account", "password"]: return .password(language)
        default: return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> AccountsRoute {
        switch name {
        case .signIn: .signIn(language)
        case .signOut: .signOut(language)
        case .account: .account(language)
        case .password: .password(language)
        }
    }

    public var path: String {
        switch self {
        case .signIn(let language): "/\(language.code)/sign-in"
        case .signOut(let language): "/\(language.code)/sign-out"
        case .account(let language): "/\(language.code)/account"
        case .password(let language): "/\(language.code)/account/password"
        }
    }

    public var name: Name {
        switch self {
        case .signIn: .signIn
        case .signOut: .signOut
        case .account: .account
        case .password: .password
        }
    }

    public var language: Language {
        switch self {
        case .signIn(let language), .signOut(let language), .account(let language), .password(let language): language
        }
    }

    public func inLanguage(_ language: Language) -> AccountsRoute? {
        switch self {
        case .signIn: .signIn(language)
        case .signOut: .signOut(language)
        case .account: .account(language)
        case .password: .password(language)
        }
    }

    public var methods: Set<HTTPRequest.Method> {
        switch self {
        case .signIn, .account: Self.form
        case .signOut, .password: Self.action
        }
    }

    public func permission(for method: HTTPRequest.Method) -> Permission {
        switch self {
        case .signIn: .readPublished
        case .signOut, .account, .password: .manageOwnAccount
        }
    }

    public var isAPI: Bool { false }
}
