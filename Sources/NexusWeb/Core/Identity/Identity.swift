import Logging
import NexusLocalization
import Foundation
import Hummingbird
import NexusDomain
import NexusRendering
import NexusApplication
import NexusPersistence

/// Who a request comes from, and what a form of theirs must carry.
struct Identity: Sendable {
    let principal: Principal
    /// The session cookie, for signing out.
    let sessionCookie: String?
    /// The CSRF token forms must carry: the session's, or, before signing in, the
    /// value of the CSRF cookie (set when missing).
    let csrfToken: String
    /// A CSRF cookie to set on the response, for visitors who have none yet.
    let newCSRFCookie: String?
    let clientAddress: String?

    /// Whether the request authenticated with an API token (exempt from CSRF checks).
    var isToken: Bool {
        if case .token = principal { return true }
        return false
    }

    /// A visitor not signed in, for a public page answered without asking who it is.
    static let visitor = Identity(principal: .anonymous, sessionCookie: nil, csrfToken: "", newCSRFCookie: nil, clientAddress: nil)

    /// Reads the bearer token or the session cookie, checking each against the database.
    static func resolve(_ request: Request, clientAddress: String?, accounts: Accounts) async throws -> Identity {
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            let secret = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            if let found = try await accounts.tokens.authenticate(secret), found.user.isActive {
                return Identity(
                    principal: .token(found.user, role: found.token.role), sessionCookie: nil, csrfToken: "",
                    newCSRFCookie: nil, clientAddress: clientAddress)
            }
            throw InvalidBearerToken()
        }
        if let cookie = SessionCookies.value(SessionCookies.session, in: request.headers),
            let session = try await accounts.sessions.session(for: cookie)
        {
            return Identity(
                principal: .session(session.user), sessionCookie: cookie, csrfToken: session.csrfToken,
                newCSRFCookie: nil, clientAddress: clientAddress)
        }
        if let csrf = SessionCookies.value(SessionCookies.csrf, in: request.headers), csrf.count >= 32 {
            return Identity(
                principal: .anonymous, sessionCookie: nil, csrfToken: csrf, newCSRFCookie: nil,
                clientAddress: clientAddress)
        }
        let csrf = Secrets.make()
        return Identity(
            principal: .anonymous, sessionCookie: nil, csrfToken: csrf, newCSRFCookie: csrf,
            clientAddress: clientAddress)
    }

    /// The actor the audit log records for this request.
    var actor: AuditActor {
        principal.user.map { AuditActor.user($0, client: clientAddress) } ?? .anonymous(client: clientAddress)
    }
}

/// An `Authorization: Bearer` header with an unknown, revoked or deactivated token.
struct InvalidBearerToken: Error {}
