import Logging
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusLocalization
import NexusPersistence
import NexusApplication

/// The signed-in pages. Each request has already passed the route's authorisation
/// rule and, for form submissions, the CSRF check.
struct AppHandlers {
    let services: AppServices
    let language: Language
    let identity: Identity
    let request: Request

    var t: Localizer { services.localization[language] }
    var user: User? { identity.principal.user }
    var errors: ErrorAnswers { ErrorAnswers(services: services) }

    func answer(_ page: Route.AppPage, form: FormBody?) async throws -> Response {
        switch page {
        case .signIn: return try await SignInPage(app: self).answer(form)
        case .signOut: return try await signOut()
        case .account: return try await AccountPage(app: self).answer(form)
        case .accountPassword: return try await AccountPage(app: self).changePassword(form ?? FormBody(encoded: ""))
        case .users, .user, .userPassword, .userTokens, .tokenRevoke:
            return try await UserAdminPages(app: self).answer(page, form: form)
        case .auditLog, .auditLogCSV: return try await AuditLogPages(app: self).answer(page)
        case .editIndex, .editItem, .editHistory: return try await EditorPages(app: self).answer(page, form: form)
        case .translations, .translateItem: return try await TranslatorPages(app: self).answer(page, form: form)
        case .evidenceManage: return EvidenceManagePage(app: self).answer()
        case .meetingNew: return try await MeetingNewPage(app: self).answer(form: form)
        case .meetingRecord(let slug): return try await MeetingRecordPage(app: self).answer(slug, form: form)
        case .participantAdd(let slug): return try await MeetingRecordPage(app: self).add(slug, form: form ?? FormBody(encoded: ""))
        case .participantRemove(let slug, let id): return try await MeetingRecordPage(app: self).remove(slug, id: id)
        case .findingNew: return try await FindingFormPage(app: self).answer(id: nil, form: form)
        case .findingEdit(let id): return try await FindingFormPage(app: self).answer(id: id, form: form)
        case .findingDelete(let id): return try await FindingFormPage(app: self).delete(id: id)
        case .evidenceImport: return try await EvidenceImportPage(app: self).answer(form: form)
        case .evidenceExport(let file): return EvidenceExports.answer(file, evidence: services.store.evidence)
        }
    }

    private func signOut() async throws -> Response {
        if let cookie = identity.sessionCookie { try await services.accounts.sessions.close(cookie) }
        var response = redirect(to: Route.page(language, .home))
        response.headers[values: .setCookie].append(Cookies.clear(Cookies.session, secure: services.config.secureCookies))
        return response
    }

    // MARK: Shared helpers

    /// Renders an app page with the account bar and the given status.
    func render(_ result: PageResult, status: HTTPResponse.Status = .ok) -> Response {
        var result = result
        result.layout.account = AccountBars.bar(for: identity, language: language, t: t)
        return errors.render(result, status: status, language: language)
    }

    /// The layout of an app page titled `title`, at `page` (for the language switcher).
    func layout(_ title: String, page: Route.AppPage, notices: [String] = []) -> PageLayout {
        PageLayout.make(route: .app(language, page), language: language, title: title, description: title, t: t,
                        notices: notices)
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
