import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusApplication
import NexusPersistence

/// Recording a new consultation meeting: the meeting is a toolkit item, so the form is
/// the content form of its schema plus the short name of its address; it is published
/// at once and then reaches translators like any item.
struct MeetingNewPage {
    let app: SignedInPage

    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let csrfToken: String
        let slug: String
        let fields: [ContentForm.Field]
        let errors: [String]
        let errorLead: String?
        let manageHref: String
    }

    func answer(form: FormBody?) async throws -> Response {
        let snapshot = app.services.store.snapshot
        guard let form else {
            let blank = ContentDocument(
                kind: .meeting, slug: "new", language: .source,
                fields: ["status": .string(ContentStatus.confirmed.rawValue)], body: "")
            return render(document: blank, slug: "", errors: [], snapshot: snapshot)
        }
        let slug = form.text("slug").lowercased()
        let document = ContentForm.document(from: form, kind: .meeting, slug: slug.isValidSlug ? slug : "new", language: .source)
        let refusal = try await app.services.app.meetings.publish(slug: slug, isNew: true, by: app.identity.actor) { _ in document }
        if let refusal {
            let t = app.t
            let errors =
                switch refusal {
                case .invalidSlug: ["\(t(.meetingSlugLabel)): \(EvidenceMessages.text(.invalidIdentifier(slug), t))"]
                case .reservedSlug: ["\(t(.meetingSlugLabel)): \(t(.meetingSlugReserved))"]
                case .taken, .notFound, .conflict: ["\(t(.meetingSlugLabel)): \(t(.meetingSlugTaken))"]
                case .invalid(let problems): problems.map(\.message)
                }
            return render(document: document, slug: slug, errors: errors, snapshot: snapshot, status: .unprocessableContent)
        }
        return app.redirect(to: .evidence(.desk(app.language, .meetingRecord(MeetingID(slug)))), done: "created")
    }

    private func render(
        document: ContentDocument, slug: String, errors: [String], snapshot: ToolkitSnapshot, status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let model = Model(
            title: t(.meetingNewTitle), intro: t(.meetingNewIntro), action: Route.evidence(.desk(app.language, .meetingNew)).path,
            csrfToken: app.identity.csrfToken, slug: slug,
            fields: ContentForm.fields(kind: .meeting, document: document, english: nil, snapshot: snapshot, language: .source, t: t),
            errors: errors, errorLead: errors.isEmpty ? nil : t(.editInvalid),
            manageHref: Route.evidence(.desk(app.language, .manage)).path)
        return app.render(
            PageResult(
                template: "evidence-meeting-new", layout: app.layout(model.title, route: .evidence(.desk(app.language, .meetingNew))),
                model: model), status: status)
    }
}
