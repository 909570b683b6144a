import Logging
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// What every page of the signed-in area needs: the request, who makes it, its language,
/// and the helpers that render, redirect and word failures alike on every such page. Each
/// request has already passed its route's authorisation rule and, for form submissions,
/// the CSRF check.
struct SignedInPage {
    let services: AppServices
    let language: Language
    let identity: Identity
    let request: Request

    var t: Localizer { services.localization[language] }
    var user: User? { identity.principal.user }
    var errors: ErrorAnswers { ErrorAnswers(services: services) }

    // MARK: Shared helpers

    /// Renders an app page with the account bar and the given status.
    func render(_ result: PageResult, status: HTTPResponse.Status = .ok) -> Response {
        var result = result
        result.layout.account = AccountBars.bar(for: identity, language: language, t: t)
        return errors.render(result, status: status, language: language)
    }

    /// The layout of a page titled `title`, at `route` (for the language switcher).
    func layout(_ title: String, route: Route, notices: [String] = []) -> PageLayout {
        PageLayout.make(route: route, language: language, title: title, description: title, t: t, notices: notices)
    }

    /// The signed-in area's 404 page, for an item, user or token that does not exist.
    func notFound() -> Response {
        errors.page({ ErrorPage.notFound($0, $1) }, status: .notFound, language: language)
    }

    /// 303 See Other to a route, optionally with a `done` notice key for the next page.
    func redirect(to route: Route, done: String? = nil) -> Response {
        Response(status: .seeOther, headers: [.location: route.path + (done.map { "?done=\($0)" } ?? "")])
    }

    /// The `done` notice of a redirect, as a sentence.
    func doneNotice(_ messages: [String: UIKey]) -> [String] {
        guard let done = request.formQuery["done"], let key = messages[done] else { return [] }
        return [t(key)]
    }

    /// A failure of the account service as a sentence in the user's language.
    func message(for failure: Accounts.Failure) -> String {
        switch failure {
        case .invalidEmail: t(.userInvalidEmail)
        case .invalidName: t(.nameInvalid)
        case .emailTaken: t(.userEmailTaken)
        case .weakPassword(.tooShort(minimum: let minimum)): t(.passwordTooShort, ["minimum": String(minimum)])
        case .weakPassword(.tooLong(maximum: let maximum)): t(.passwordTooLong, ["maximum": String(maximum)])
        case .weakPassword(.common): t(.passwordCommon)
        case .weakPassword(.containsIdentity): t(.passwordContainsIdentity)
        case .wrongCurrentPassword: t(.passwordWrongCurrent)
        case .invalidCredentials: t(.signInFailed)
        case .throttled(let wait): t(.signInThrottled, ["seconds": String(max(1, Int(wait.components.seconds) + 1))])
        case .notFound: t(.errorNotFoundBody)
        case .roleNotHeld: t(.tokenRoleNotHeld)
        case .invalidTokenName: t(.tokenNameInvalid)
        }
    }

    /// The localized name of a role.
    func roleName(_ role: Role) -> String {
        switch role {
        case .admin: t(.roleAdmin)
        case .editor: t(.roleEditor)
        case .programmeOfficer: t(.roleProgrammeOfficer)
        case .translator: t(.roleTranslator)
        case .facilitator: t(.roleFacilitator)
        case .focalPoint: t(.roleFocalPoint)
        case .viewer: t(.roleViewer)
        }
    }
}
