import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering

/// Accounts, tokens and the audit log, for administrators; and the accounts API.
struct AdminAnswers {
    let services: AppServices

    func answer(_ route: AdminRoute, _ scope: RequestScope) async throws -> Response {
        switch route {
        case .usersAPI:
            return try await UsersAPI(services: services).answer(query: scope.request.formQuery.firstValues)
        case .page(_, let page):
            let signedIn = scope.signedIn(services)
            switch page {
            case .auditLog, .auditLogCSV: return try await AuditLogPages(app: signedIn).answer(page)
            case .users, .user, .userPassword, .userTokens, .tokenRevoke:
                return try await UserAdminPages(app: signedIn).answer(page, form: scope.form)
            }
        }
    }
}
