import Foundation
import HTTPTypes
import Hummingbird
import NexusApplication
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence

/// Editing toolkit content in the browser: the list of items, the form with drafts,
/// preview and publishing, and the history of every item with its changes.
struct EditorPages {
    let app: SignedInPage
    private var content: ContentRepository { app.services.content }

    func answer(_ route: EditingRoute, form: FormBody?) async throws -> Response {
        switch route {
        case .page(_, .index):
            return try await index()
        case .page(_, .item(let kind, let slug)):
            let item = ContentItemID(kind: kind, slug: slug)
            guard let latest = try await content.latestRevision(of: item, language: .source) else { return app.notFound() }
            guard let form else {
                return edit(
                    item, document: latest.document, latest: latest,
                    notices: app.doneNotice(["draft": .editDraftSaved, "published": .editPublished]))
            }
            return try await submit(item, form: form, latest: latest)
        case .page(_, .history(let kind, let slug)):
            return try await HistoryPage(app: app).answer(ContentItemID(kind: kind, slug: slug))
        }
    }

    private func submit(_ item: ContentItemID, form: FormBody, latest: ContentRepository.Revision) async throws -> Response {
        let document = ContentForm.document(from: form, kind: item.kind, slug: item.slug, language: .source)
        let action = form.text("action")
        let base = Int(form.text("base_revision")) ?? latest.number
        if action == "preview" {
            return edit(item, document: document, latest: latest, base: base, preview: true)
        }
        let publish = action == "publish"
        switch try await app.services.app.publishing.save(document, base: base, publish: publish, by: app.identity.actor) {
        case .success:
            return app.redirect(to: .editing(.page(app.language, .item(item.kind, item.slug))), done: publish ? "published" : "draft")
        case .failure(.invalid(let problems)):
            return edit(
                item, document: document, latest: latest, base: base, errors: problems.map(\.message),
                status: .unprocessableContent)
        case .failure(.conflict(let conflict)):
            let shown = try await EditConflict.make(conflict, content: content, t: app.t)
            return edit(item, document: document, latest: conflict.current, conflict: shown, status: .conflict)
        }
    }

    /// The form showing `document`; `base` is the revision it was loaded from (the newest,
    /// unless the editor is resubmitting an older one).
    private func edit(
        _ item: ContentItemID, document: ContentDocument, latest: ContentRepository.Revision, base: Int? = nil,
        conflict: EditConflict? = nil, preview: Bool = false, errors: [String] = [], notices: [String] = [],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let snapshot = app.services.store.snapshot
        let title = document.fields["title"]?.stringValue ?? item.slug
        let model = EditModel(
            title: t(.editTitle, ["title": Localizer.isolated(title)]), location: document.location,
            fields: ContentForm.fields(
                kind: item.kind, document: document, english: nil, snapshot: snapshot,
                language: .source, t: t),
            action: Route.editing(.page(app.language, .item(item.kind, item.slug))).path, csrfToken: app.identity.csrfToken,
            baseRevision: String(base ?? latest.number), conflict: conflict,
            draftNotice: latest.isDraft ? t(.editDraftPending, ["date": t.moment(latest.createdAt)]) : nil,
            errors: errors, errorLead: errors.isEmpty ? nil : t(.editInvalid),
            previewHTML: preview ? app.services.markdown.html(document.body) : nil,
            historyHref: Route.editing(.page(app.language, .history(item.kind, item.slug))).path,
            publicHref: PublicLinks.page(for: item, language: app.language, snapshot: snapshot),
            indexHref: Route.editing(.page(app.language, .index)).path)
        return app.render(
            PageResult(
                template: "edit-item",
                layout: app.layout(model.title, route: .editing(.page(app.language, .item(item.kind, item.slug))), notices: notices),
                model: model), status: status)
    }

    private func index() async throws -> Response {
        let t = app.t
        let snapshot = app.services.store.snapshot
        let drafts = try await content.unpublishedDrafts()
        let env = app.services.environment(app.language, snapshot: snapshot)
        // Programme officers see the kinds they may edit: meetings and regions.
        let editable = ContentKind.allCases.filter {
            Authorization.allows(app.identity.principal, Route.editing(.page(app.language, .item($0, "any"))).permission(for: .post))
        }
        let groups = editable.map { kind in
            EditIndexModel.Group(
                heading: t(EditIndexModel.heading(kind)),
                items: snapshot.infos(of: kind).map { info in
                    EditIndexModel.Item(
                        title: info.text.source.title,
                        href: Route.editing(.page(app.language, .item(kind, info.slug))).path,
                        historyHref: Route.editing(.page(app.language, .history(kind, info.slug))).path,
                        statusLabel: env.statusLabel(info.status),
                        hasDraft: drafts.contains(ContentDocumentKey(item: info.id, language: .source)))
                })
        }
        let model = EditIndexModel(title: t(.navEdit), intro: t(.editIntro), groups: groups.filter { !$0.items.isEmpty })
        return app.render(
            PageResult(template: "edit-index", layout: app.layout(model.title, route: .editing(.page(app.language, .index))), model: model))
    }
}

/// The model of the editing form.
struct EditModel: Sendable {
    let title: String
    let location: String
    let fields: [ContentForm.Field]
    let action: String
    let csrfToken: String
    /// The revision the form was loaded from, sent back so a later save can tell.
    let baseRevision: String
    let conflict: EditConflict?
    let draftNotice: String?
    let errors: [String]
    let errorLead: String?
    let previewHTML: String?
    let historyHref: String
    let publicHref: String?
    let indexHref: String
}

/// The model of the list of items to edit.
struct EditIndexModel: Sendable {
    struct Item: Sendable {
        let title: String
        let href: String
        let historyHref: String
        let statusLabel: String?
        let hasDraft: Bool
    }

    struct Group: Sendable {
        let heading: String
        let items: [Item]
    }

    let title: String
    let intro: String
    let groups: [Group]

    static func heading(_ kind: ContentKind) -> UIKey {
        switch kind {
        case .concept: .navConcept
        case .theme: .editKindThemes
        case .practice: .navPractices
        case .instrument: .navInstruments
        case .actor: .navActors
        case .initiative: .navInitiatives
        case .region: .editKindRegions
        case .meeting: .editKindMeetings
        }
    }
}
