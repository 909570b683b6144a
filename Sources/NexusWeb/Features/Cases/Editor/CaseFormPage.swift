import Foundation
import HTTPTypes
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// Recording and editing a case in the browser: one form, without script, whose "add"
/// buttons send it back one row longer. Programme officers write drafts; editors publish,
/// change published cases and delete. Saves go through ``CaseLibrary``, which refuses a
/// form loaded before someone else's save and asks again when texts look like names.
struct CaseFormPage {
    let app: SignedInPage

    /// `id` is `nil` for a new case.
    func answer(id: CaseID?, form: FormBody?) async throws -> Response {
        let principal = app.identity.principal
        var stored: StoredCase?
        if let id {
            guard let found = try await app.services.cases.read(id, as: principal) else { return app.notFound() }
            if found.record.status == .published, !Authorization.allows(principal, .editCases) { return forbidden() }
            stored = found
        }
        guard let form else {
            let language = app.request.formQuery["in"].flatMap(Language.init(code:)) ?? stored?.record.sourceLanguage ?? app.language
            let values = stored.map { CaseFormValues($0, textLanguage: language) } ?? .blank(in: app.language)
            return render(values, base: stored, notices: app.doneNotice(["saved": .caseSaved]))
        }
        var values = CaseFormValues(form: form, language: app.language)
        if let stored {
            values.id = stored.record.id.rawValue
            values.sourceLanguage = stored.record.sourceLanguage
        }
        if case .add(let rows) = CaseFormValues.action(of: form) {
            values.addRow(rows)
            return render(values, base: stored)
        }
        return try await save(values, stored: stored, confirmedNames: form["_confirm_names"] != nil)
    }

    private func save(_ values: CaseFormValues, stored: StoredCase?, confirmedNames: Bool) async throws -> Response {
        let (record, unreadable) = values.converted(base: stored?.record)
        if !unreadable.isEmpty {
            let problems = unreadable + CaseValidation.problems(with: record, references: CaseReferences(snapshot: app.services.store.snapshot))
            return render(values, base: stored, problems: problems, status: .unprocessableContent)
        }
        let result = try await app.services.cases.save(
            record, expectedRevision: stored == nil ? nil : values.revision ?? 0, confirmedNames: confirmedNames,
            as: app.identity.principal, by: app.identity.actor)
        switch result {
        case .success(let saved):
            return app.redirect(to: .cases(.page(app.language, saved.stored.record.id)), done: "saved")
        case .failure(.invalid(let problems)):
            return render(values, base: stored, problems: problems, status: .unprocessableContent)
        case .failure(.needsConfirmation(let warnings)):
            return render(values, base: stored, warnings: warnings, status: .unprocessableContent)
        case .failure(.forbidden):
            return render(values, base: stored, message: app.t(.caseFormForbidden), status: .forbidden)
        case .failure(.notFound):
            return app.notFound()
        case .failure(.exists(let id)):
            // A form sent twice (a double click, a reload) finds its own case: that is a success.
            if let existing = try await app.services.cases.read(id, as: app.identity.principal), existing.record == record {
                return app.redirect(to: .cases(.page(app.language, id)), done: "saved")
            }
            let problem = CaseProblem("id", .duplicate(id.rawValue))
            return render(values, base: stored, problems: [problem], message: app.t(.caseFormExists, ["id": id.rawValue]), status: .conflict)
        case .failure(.stale(let current, let loaded)):
            var newer = values
            newer.revision = current.revision
            let conflict = CaseFormConflict(current: current, loaded: loaded, t: app.t)
            return render(newer, base: current, conflict: conflict, status: .conflict)
        }
    }

    /// Deletes the case and returns to the library.
    func delete(id: CaseID) async throws -> Response {
        switch try await app.services.cases.delete(id, as: app.identity.principal, by: app.identity.actor) {
        case .success(true): return app.redirect(to: .cases(.library(app.language)), done: "deleted")
        case .success(false), .failure(.notFound): return app.notFound()
        case .failure: return forbidden()
        }
    }

    private func forbidden() -> Response {
        app.errors.page(
            { ErrorPage.message($0, $1, title: $1(.errorForbiddenTitle), message: $1(.caseFormForbidden)) }, status: .forbidden,
            language: app.language)
    }

    private func render(
        _ values: CaseFormValues, base: StoredCase?, problems: [CaseProblem] = [], warnings: [CaseWarning] = [],
        conflict: CaseFormConflict? = nil, message: String? = nil, notices: [String] = [],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let env = app.services.environment(app.language, snapshot: app.services.store.snapshot)
        let model = CaseFormModel.make(
            values, base: base, env: env, problems: problems, warnings: warnings, conflict: conflict, message: message, app: app)
        let route: Route = .cases(.editor(app.language, base.map { .edit($0.record.id) } ?? .new))
        return app.render(
            PageResult(template: "case-form", layout: app.layout(model.title, route: route, notices: notices), model: model), status: status)
    }
}
