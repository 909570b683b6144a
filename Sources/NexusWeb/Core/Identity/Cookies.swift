import Hummingbird

/// The cookies the product sets: the session and, for visitors, the CSRF token. Reading
/// and writing them is Hummingbird's (`Cookies`, `Cookie`); this says which and how.
enum SessionCookies {
    static let session = "nexus_session"
    static let csrf = "nexus_csrf"

    /// A cookie for the whole site: HttpOnly and SameSite=Lax always, Secure when configured.
    static func make(_ name: String, _ value: String, maxAge: Int?, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that removes `name`.
    static func clearing(_ name: String, secure: Bool) -> Cookie { make(name, "", maxAge: 0, secure: secure) }

    /// The value of the cookie `name` a request carries.
    static func value(_ name: String, in headers: HTTPFields) -> String? {
        Cookies(from: headers[values: .cookie])[name]?.value
    }
}
