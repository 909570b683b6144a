import Logging
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusApplication
import NexusPersistence

/// Translators' work: what is missing, stale or done in their languages, and the
/// side-by-side form that saves a translation of the current English text.
struct TranslatorPages {
    let app: SignedInPage
    private var content: ContentRepository { app.services.content }

    func answer(_ route: TranslationRoute, form: FormBody?) async throws -> Response {
        switch route {
        case .page(_, .dashboard):
            return try await TranslationDashboard(app: app).answer(languages: languages)
        case .page(_, .item(let target, let kind, let slug)):
            let item = ContentItemID(kind: kind, slug: slug)
            guard let english = try await content.revisions(of: item, language: .source).first(where: \.isPublished)?.document
            else { return app.notFound() }
            let current = try await content.latestRevision(of: item, language: target)
            guard let form else {
                return show(
                    item, target: target, english: english, translation: current?.document, base: current?.number ?? 0,
                    notices: app.doneNotice(["saved": .translateSaved]))
            }
            return try await save(item, target: target, english: english, form: form, latest: current?.number ?? 0)
        case .page(_, .caseItem(let target, let id)):
            return try await CaseTranslationPage(app: app).answer(id, target: target, form: form)
        case .page(_, .scenarioItem(let target, let id)):
            return try await ScenarioTranslationPage(app: app).answer(id, target: target, form: form)
        }
    }

    /// The languages this user translates: their own, or all for editors and administrators;
    /// every language for those who design exercises, since a scenario may be written in any.
    private var languages: [Language] {
        let principal = app.identity.principal
        if Authorization.allows(principal, .designExercises) { return Language.allCases }
        return Language.translations.filter { Authorization.allows(principal, .translate($0)) }
    }

    private func save(
        _ item: ContentItemID, target: Language, english: ContentDocument, form: FormBody, latest: Int
    ) async throws -> Response {
        var document = ContentForm.document(from: form, kind: item.kind, slug: item.slug, language: target)
        document.fields[ContentSchema.sourceHashField] = .string(SourceHash.of(english))
        let base = Int(form.text("base_revision")) ?? latest
        let steps = english.fields["key_actions"]?.stringListValue?.count ?? 0
        let translated = document.fields["key_actions"]?.stringListValue?.count ?? 0
        // Said in the translator's terms, before the general check says it in an editor's.
        if steps != translated {
            return show(
                item, target: target, english: english, translation: document, base: base,
                errors: [app.t(.translateStepCount, ["english": String(steps), "translated": String(translated)])],
                status: .unprocessableContent)
        }
        switch try await app.services.app.publishing.save(document, base: base, publish: true, by: app.identity.actor) {
        case .success:
            return app.redirect(to: .translation(.page(app.language, .item(target: target, item.kind, item.slug))), done: "saved")
        case .failure(.invalid(let problems)):
            return show(
                item, target: target, english: english, translation: document, base: base, errors: problems.map(\.message),
                status: .unprocessableContent)
        case .failure(.conflict(let conflict)):
            let shown = try await EditConflict.make(conflict, content: content, t: app.t)
            return show(
                item, target: target, english: english, translation: document, base: conflict.current.number,
                conflict: shown, status: .conflict)
        }
    }

    private func show(
        _ item: ContentItemID, target: Language, english: ContentDocument, translation: ContentDocument?, base: Int,
        conflict: EditConflict? = nil, errors: [String] = [], notices: [String] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let title = english.fields["title"]?.stringValue ?? item.slug
        let isCurrent = translation?.translatedSourceHash == SourceHash.of(english)
        let model = TranslateModel(
            title: t(.translateTitle, ["title": Localizer.isolated(title), "language": Localizer.isolated(target.nativeName)]),
            fields: ContentForm.fields(
                kind: item.kind, document: translation, english: english, snapshot: app.services.store.snapshot,
                language: target, t: t),
            action: Route.translation(.page(app.language, .item(target: target, item.kind, item.slug))).path, csrfToken: app.identity.csrfToken,
            baseRevision: String(base), conflict: conflict,
            staleNotice: translation != nil && !isCurrent ? t(.translateStaleNotice) : nil,
            errors: errors, errorLead: errors.isEmpty ? nil : t(.editInvalid),
            dashboardHref: Route.translation(.page(app.language, .dashboard)).path)
        return app.render(
            PageResult(
                template: "translate-item",
                layout: app.layout(
                    model.title, route: .translation(.page(app.language, .item(target: target, item.kind, item.slug))), notices: notices),
                model: model), status: status)
    }
}

/// The model of the side-by-side translation form.
struct TranslateModel: Sendable {
    let title: String
    let fields: [ContentForm.Field]
    let action: String
    let csrfToken: String
    /// The revision of the translation the form was loaded from (0 for none).
    let baseRevision: String
    let conflict: EditConflict?
    let staleNotice: String?
    let errors: [String]
    let errorLead: String?
    let dashboardHref: String
}
