import NexusApplication
import NexusPersistence
import NexusLocalization
import Hummingbird
import NexusDomain
import NexusRendering

/// Regional evidence: the public pages (cached for visitors), the programme officer's
/// desk, the CSV downloads, and the API.
struct EvidenceAnswers {
    let services: AppServices

    func answer(_ route: EvidenceRoute, _ scope: RequestScope) async throws -> Response {
        switch route {
        case .page(_, let page):
            return PublicPage(services: services).answer(.evidence(route), identity: scope.identity) { env in
                switch page {
                case .dashboard: EvidenceDashboardPage.page(region: nil, env)
                case .region(let slug): EvidenceDashboardPage.page(region: slug, env)
                case .meeting(let slug): MeetingPage.page(slug, env)
                case .finding(let id): FindingPage.page(id, env)
                }
            }
        case .desk(_, let desk):
            return try await answer(desk, scope.signedIn(services), form: scope.form)
        case .export(_, let file):
            return EvidenceExports.answer(file, evidence: services.store.evidence)
        case .api(let api):
            let request = scope.request
            if request.method == .get || request.method == .head {
                return EvidenceReads(state: services.store.state, t: services.localization[route.language])
                    .answer(api, query: request.formQuery.firstValues)
            }
            // Writes carry a bearer token whose role may record evidence; the responder checked it.
            return try await EvidenceAPI(services: services, identity: scope.identity ?? .visitor).answer(api, request: request)
        }
    }

    private func answer(_ desk: EvidenceRoute.Desk, _ app: SignedInPage, form: FormBody?) async throws -> Response {
        switch desk {
        case .manage: EvidenceManagePage(app: app).answer()
        case .meetingNew: try await MeetingNewPage(app: app).answer(form: form)
        case .meetingRecord(let slug): try await MeetingRecordPage(app: app).answer(slug, form: form)
        case .participantAdd(let slug): try await MeetingRecordPage(app: app).add(slug, form: form ?? .empty)
        case .participantRemove(let slug, let id): try await MeetingRecordPage(app: app).remove(slug, id: id)
        case .findingNew: try await FindingFormPage(app: app).answer(id: nil, form: form)
        case .findingEdit(let id): try await FindingFormPage(app: app).answer(id: id, form: form)
        case .findingDelete(let id): try await FindingFormPage(app: app).delete(id: id)
        case .importFile: try await EvidenceImportPage(app: app).answer(form: form)
        }
    }
}
