import Foundation
import HTTPTypes
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// The side-by-side form in which a scenario's texts are written in another language:
/// each text of the original above its field, stale ones marked. Only the texts change;
/// the scenario's parts and their order are the designer's.
struct ScenarioTranslationPage {
    let app: SignedInPage

    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let csrfToken: String
        let revision: String
        let scenarioHref: String
        let dashboardHref: String
        let fields: [FormField]
        let problems: [String]
        let problemLead: String?
        let conflict: ScenarioFormModel.Conflict?
    }

    func answer(_ id: ScenarioID, target: Language, form: FormBody?) async throws -> Response {
        let design = app.services.app.scenarios
        guard let stored = try await design.read(id, as: app.identity.principal), stored.record.sourceLanguage != target else {
            return app.notFound()
        }
        guard let form else {
            return render(stored, target: target, typed: nil, notices: app.doneNotice(["saved": .translateSaved]))
        }
        let texts = TranslatedTexts.read(form, for: stored.record)
        let revision = Int(form.text("revision")) ?? stored.revision
        let result = try await design.translate(
            id, into: target, texts: texts, expectedRevision: revision, as: app.identity.principal, by: app.identity.actor)
        switch result {
        case .success:
            return app.redirect(to: .translation(.page(app.language, .scenarioItem(target: target, id))), done: "saved")
        case .failure(.invalid(let problems)):
            return render(
                stored, target: target, typed: texts, problems: problems.map { ScenarioMessages.line($0, app.t) },
                status: .unprocessableContent)
        case .failure(.stale(let current, _)):
            let conflict = ScenarioFormModel.Conflict(current: current, t: app.t)
            return render(current, target: target, typed: texts, conflict: conflict, status: .conflict)
        case .failure(.notFound), .failure(.exists), .failure(.eventsList):
            return app.notFound()
        case .failure(.forbidden):
            return app.errors.page(
                { ErrorPage.message($0, $1, title: $1(.errorForbiddenTitle), message: $1(.errorForbiddenBody)) }, status: .forbidden,
                language: app.language)
        }
    }

    private func render(
        _ stored: StoredScenario, target: Language, typed: [String: String]?, problems: [String] = [],
        conflict: ScenarioFormModel.Conflict? = nil, notices: [String] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let record = stored.record
        let source = record.sourceLanguage
        let fields = record.textsToTranslate.map { field, text in
            let isLong = field.hasSuffix(".narrative") || field.hasSuffix(".text") || ["purpose", "basis"].contains(field)
            return FormField(
                isLong ? .text : .line, name: TranslatedTexts.fieldName(field),
                label: ScenarioFieldLabel.label(of: ScenarioFieldPath.jsonPath(of: field, in: record), t),
                value: typed?[field] ?? text[target] ?? "", language: target, original: text[source].map { ($0, source) },
                isStale: text.isStale(target, source: source), rows: field.hasSuffix(".narrative") ? 8 : 3)
        }
        let route = Route.translation(.page(app.language, .scenarioItem(target: target, record.id)))
        let title = t(
            .translateTitle,
            ["title": Localizer.isolated(record.title[source] ?? record.id.rawValue), "language": Localizer.isolated(target.nativeName)])
        let model = Model(
            title: title, intro: t(.caseFormTranslating, ["language": target.nativeName, "original": source.nativeName]),
            action: route.path, csrfToken: app.identity.csrfToken, revision: String(stored.revision),
            scenarioHref: Route.exercises(.scenario(app.language, record.id)).path,
            dashboardHref: Route.translation(.page(app.language, .dashboard)).path, fields: fields, problems: problems,
            problemLead: problems.isEmpty ? nil : t(.scenarioFormInvalid), conflict: conflict)
        return app.render(
            PageResult(template: "translate-scenario", layout: app.layout(title, route: route, notices: notices), model: model),
            status: status)
    }
}

/// A scenario text's place in words, from its JSON path: "Phase 2 › Inject 1 › Headline".
enum ScenarioFieldLabel {
    static func label(of path: String, _ t: Localizer) -> String {
        var parts: [String] = []
        for component in path.replacingOccurrences(of: "$.", with: "").split(separator: ".") {
            if let open = component.firstIndex(of: "["), let index = Int(component[component.index(after: open)...].dropLast()) {
                parts.append(t(list(String(component[..<open])), ["number": t.number(index + 1)]))
            } else if parts.last == t(.scenarioFormValue, ["label": ""]) {
                parts[parts.count - 1] = t(.scenarioFormValue, ["label": String(component)])
            } else {
                parts.append(leaf(String(component), t))
            }
        }
        return parts.joined(separator: " › ")
    }

    private static func list(_ name: String) -> UIKey {
        switch name {
        case "objectives": .scenarioFormObjectiveNumber
        case "criticalTasks": .scenarioFormTaskNumber
        case "variables": .scenarioFormVariableNumber
        case "tailorings": .scenarioFormTailoringNumber
        case "injects": .scenarioFormInjectNumber
        case "questions": .scenarioFormQuestionNumber
        case "polls": .scenarioFormPollNumber
        case "options": .scenarioFormOptionNumber
        case "expectedActions": .scenarioFormExpectedNumber
        default: .scenarioFormPhaseNumber
        }
    }

    private static func leaf(_ name: String, _ t: Localizer) -> String {
        switch name {
        case "title": t(.scenarioFormTitle)
        case "purpose": t(.scenarioPurpose)
        case "audience": t(.scenarioAudience)
        case "basis": t(.scenarioBasis)
        case "narrative": t(.scenarioFormNarrative)
        case "from": t(.scenarioFrom)
        case "label": t(.scenarioFormVariableLabel)
        case "name": t(.scenarioFormTailoringName)
        case "question": t(.scenarioFormQuestion)
        case "values": t(.scenarioFormValue, ["label": ""])
        default: t(.scenarioFormInjectText)
        }
    }
}
