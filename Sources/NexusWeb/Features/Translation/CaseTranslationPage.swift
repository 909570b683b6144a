import Foundation
import HTTPTypes
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// The side-by-side form in which a translator writes a case's texts in their language:
/// each text of the original above its field, stale ones marked. Only the texts change;
/// the case's facts, network and sources are the editors'.
struct CaseTranslationPage {
    let app: SignedInPage

    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let csrfToken: String
        let revision: String
        let caseHref: String
        let dashboardHref: String
        let fields: [FormField]
        let problems: [String]
        let problemLead: String?
        let nameCheck: CaseFormModel.NameCheck?
        let conflict: CaseFormConflict?
    }

    func answer(_ id: CaseID, target: Language, form: FormBody?) async throws -> Response {
        guard let stored = try await app.services.cases.read(id, as: app.identity.principal),
            stored.record.sourceLanguage != target
        else { return app.notFound() }
        guard let form else {
            return render(stored, target: target, typed: nil, notices: app.doneNotice(["saved": .translateSaved]))
        }
        let texts = TranslatedTexts.read(form, for: stored.record)
        let revision = Int(form.text("revision")) ?? stored.revision
        let result = try await app.services.cases.translate(
            id, into: target, texts: texts, expectedRevision: revision, confirmedNames: form["_confirm_names"] != nil,
            as: app.identity.principal, by: app.identity.actor)
        switch result {
        case .success:
            return app.redirect(to: .translation(.page(app.language, .caseItem(target: target, id))), done: "saved")
        case .failure(.invalid(let problems)):
            let values = CaseFormValues(stored, textLanguage: target)
            return render(
                stored, target: target, typed: texts, problems: problems.map { CaseMessages.line($0, in: values, app.t) },
                status: .unprocessableContent)
        case .failure(.needsConfirmation(let warnings)):
            return render(stored, target: target, typed: texts, warnings: warnings, status: .unprocessableContent)
        case .failure(.stale(let current, let loaded)):
            return render(
                current, target: target, typed: texts, conflict: CaseFormConflict(current: current, loaded: loaded, t: app.t),
                status: .conflict)
        case .failure(.notFound), .failure(.exists):
            return app.notFound()
        case .failure(.forbidden):
            return app.errors.page(
                { ErrorPage.message($0, $1, title: $1(.errorForbiddenTitle), message: $1(.errorForbiddenBody)) }, status: .forbidden,
                language: app.language)
        }
    }

    private func render(
        _ stored: StoredCase, target: Language, typed: [String: String]?, problems: [String] = [], warnings: [CaseWarning] = [],
        conflict: CaseFormConflict? = nil, notices: [String] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let record = stored.record
        let source = record.sourceLanguage
        let values = CaseFormValues(stored, textLanguage: target)
        let fields = record.textsToTranslate.map { field, text in
            let isLong = field == "summary" || field == "analysis"
            return FormField(
                isLong ? .text : .line, name: TranslatedTexts.fieldName(field), label: CaseMessages.label(of: field, in: values, t),
                value: typed?[field] ?? text[target] ?? "", language: target, original: text[source].map { ($0, source) },
                isStale: text.isStale(target, source: source), rows: isLong ? 8 : 3)
        }
        let route = Route.translation(.page(app.language, .caseItem(target: target, record.id)))
        let title = t(
            .translateTitle,
            ["title": Localizer.isolated(record.title[source] ?? record.id.rawValue), "language": Localizer.isolated(target.nativeName)])
        let model = Model(
            title: title, intro: t(.caseFormTranslating, ["language": target.nativeName, "original": source.nativeName]),
            action: route.path, csrfToken: app.identity.csrfToken, revision: String(stored.revision),
            caseHref: Route.cases(.page(app.language, record.id)).path,
            dashboardHref: Route.translation(.page(app.language, .dashboard)).path, fields: fields, problems: problems,
            problemLead: problems.isEmpty ? nil : t(.caseFormInvalid),
            nameCheck: CaseFormModel.nameCheck(warnings, values: values, t: t),
            conflict: conflict)
        return app.render(
            PageResult(template: "translate-case", layout: app.layout(title, route: route, notices: notices), model: model), status: status)
    }
}
