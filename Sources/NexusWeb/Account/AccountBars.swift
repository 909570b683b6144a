import Logging
import NexusPersistence
import NexusApplication
import Foundation
import NexusDomain
import NexusLocalization

/// The account corner for a signed-in user: their name, their work areas, sign out.
enum AccountBars {
    static func bar(for identity: Identity, language: Language, t: Localizer) -> AccountBar {
        guard let user = identity.principal.user else { return .anonymous(language) }
        let areas: [(UIKey, Route.AppPage, Permission)] = [
            (.navEdit, .editIndex, .editContent), (.evidenceManageTitle, .evidenceManage, .recordEvidence),
            (.navTranslate, .translations, .translate(nil)),
            (.navUsers, .users, .manageUsers), (.navAudit, .auditLog, .readAuditLog),
        ]
        return AccountBar(
            isSignedIn: true, name: user.name, signInHref: "", accountHref: Route.app(language, .account).path,
            signOutAction: Route.app(language, .signOut).path, csrfToken: identity.csrfToken,
            links: areas.filter { Authorization.allows(identity.principal, $0.2) }.map { key, page, _ in
                PageLayout.NavigationItem(label: t(key), href: Route.app(language, page).path, isCurrent: false)
            })
    }
}
