import Logging
import NexusPersistence
import NexusApplication
import Foundation
import NexusDomain
import NexusRendering
import NexusLocalization

/// The account corner for a signed-in user: their name, their work areas, sign out.
enum AccountBars {
    static func bar(for identity: Identity, language: Language, t: Localizer) -> AccountBar {
        guard let user = identity.principal.user else { return .anonymous(language) }
        let areas: [(UIKey, Route, Permission)] = [
            (.navEdit, .editing(.page(language, .index)), .editContent),
            (.evidenceManageTitle, .evidence(.desk(language, .manage)), .recordEvidence),
            (.scenariosTitle, .exercises(.library(language)), .designExercises),
            (.navTranslate, .translation(.page(language, .dashboard)), .seeTranslationWork),
            (.navUsers, .admin(.page(language, .users)), .manageUsers), (.navAudit, .admin(.page(language, .auditLog)), .readAuditLog),
        ]
        return AccountBar(
            isSignedIn: true, name: user.name, signInHref: "", accountHref: Route.accounts(.account(language)).path,
            signOutAction: Route.accounts(.signOut(language)).path, csrfToken: identity.csrfToken,
            links: areas.filter { Authorization.allows(identity.principal, $0.2) }.map { key, route, _ in
                PageLayout.NavigationItem(label: t(key), href: route.path, isCurrent: false)
            })
    }
}
