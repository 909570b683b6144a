import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusApplication
import NexusPersistence

/// Recording and editing a finding in the browser.
struct FindingFormPage {
    let app: SignedInPage

    struct Field: Sendable {
        let name: String
        let label: String
        let help: String?
        let value: String
        let isLine: Bool
        let isText: Bool
        let isSelect: Bool
        let isChecklist: Bool
        let options: [FormOption]
        let lang: String?
        let dir: String?
        let isRequired: Bool
    }

    struct Model: Sendable {
        let title: String
        let action: String
        let csrfToken: String
        /// For a new finding: the key that makes a second sending of the same form harmless.
        let idempotencyKey: String?
        let fields: [Field]
        let errors: [String]
        let errorLead: String?
        let deleteAction: String?
        let publicHref: String?
        let manageHref: String
    }

    /// `id` is `nil` for a new finding.
    func answer(id: FindingID?, form: FormBody?) async throws -> Response {
        let state = app.services.store.state
        let existing = id.flatMap(state.evidence.finding)
        if id != nil && existing == nil { return app.notFound() }
        guard let form else {
            var values = existing.map(FindingFields.values) ?? ["confidence": FindingConfidence.confirmed.rawValue]
            if existing == nil, let meeting = app.request.formQuery["meeting"], let found = state.snapshot.meeting(slug: meeting) {
                values["meeting"] = meeting
                values["region"] = found.region.rawValue
            }
            return render(
                id: id, values: values, problems: [], snapshot: state.snapshot,
                notices: app.doneNotice(["saved": .findingSaved]))
        }
        var values: [String: String] = [:]
        for column in FindingFields.columns { values[column] = form.text(column) }
        for list in ["crime_markets", "enabling_factors", "practices"] { values[list] = EvidenceLists.join(form.all(list)) }
        values["id"] = ""
        values["_idempotency"] = form["_idempotency"]
        // A form sent twice (a double click, a reload) carries the same key and records one finding.
        let idempotency =
            id == nil
            ? form["_idempotency"].flatMap { key in
                app.user.map { IdempotencyRequest(principal: $0.id.rawValue, key: key, operation: "form finding", body: Array(key.utf8)) }
            } : nil
        switch try await app.services.app.evidence.saveFinding(fields: values, id: id, idempotency: idempotency, by: app.identity.actor) {
        case .failure(.invalid(let problems)):
            return render(id: id, values: values, problems: problems, snapshot: state.snapshot, status: .unprocessableContent)
        case .failure(.notFound), .failure(.exists), .failure(.keyReused):
            return app.notFound()
        case .success(let recorded):
            return app.redirect(to: .evidence(.desk(app.language, .findingEdit(recorded.finding.id))), done: "saved")
        }
    }

    func delete(id: FindingID) async throws -> Response {
        guard try await app.services.app.evidence.deleteFinding(id, by: app.identity.actor) else { return app.notFound() }
        return app.redirect(to: .evidence(.desk(app.language, .manage)), done: "deleted")
    }

    private func render(
        id: FindingID?, values: [String: String], problems: [EvidenceProblem], snapshot: ToolkitSnapshot,
        notices: [String] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = app.t
        let fields = self.fields(values, snapshot: snapshot)
        let labels = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.label) })
        let errors = problems.map { EvidenceMessages.field($0, label: labels[$0.field] ?? $0.field, t) }
        let title = t(id == nil ? .findingFormNewTitle : .findingFormEditTitle)
        let page: Route = .evidence(.desk(app.language, id.map(EvidenceRoute.Desk.findingEdit) ?? .findingNew))
        let model = Model(
            title: title, action: page.path, csrfToken: app.identity.csrfToken,
            idempotencyKey: id == nil ? (values["_idempotency"] ?? Secrets.make()) : nil, fields: fields,
            errors: errors, errorLead: errors.isEmpty ? nil : t(.findingInvalid),
            deleteAction: id.map { Route.evidence(.desk(app.language, .findingDelete($0))).path },
            publicHref: id.map { Route.evidence(.page(app.language, .finding($0))).path },
            manageHref: Route.evidence(.desk(app.language, .manage)).path)
        return app.render(
            PageResult(
                template: "evidence-finding-form", layout: app.layout(title, route: page, notices: notices),
                model: model), status: status)
    }

    private func fields(_ values: [String: String], snapshot: ToolkitSnapshot) -> [Field] {
        let t = app.t
        let language = app.language
        func value(_ name: String) -> String { values[name] ?? "" }
        func select(_ name: String, _ label: UIKey, _ options: [(String, String)], blank: String? = nil, required: Bool = false) -> Field {
            let all = (blank.map { [("", $0)] } ?? []) + options
            return Field(
                name: name, label: t(label), help: nil, value: value(name), isLine: false, isText: false,
                isSelect: true, isChecklist: false,
                options: all.map { FormOption(value: $0.0, label: $0.1, isSelected: $0.0 == value(name)) },
                lang: nil, dir: nil, isRequired: required)
        }
        func checklist(_ name: String, _ label: UIKey, _ options: [(String, String)]) -> Field {
            let chosen = Set(EvidenceLists.split(value(name)))
            return Field(
                name: name, label: t(label), help: nil, value: "", isLine: false, isText: false, isSelect: false,
                isChecklist: true, options: options.map { FormOption(value: $0.0, label: $0.1, isSelected: chosen.contains($0.0)) },
                lang: nil, dir: nil, isRequired: false)
        }
        func line(_ name: String, _ label: UIKey, help: UIKey?, required: Bool = false) -> Field {
            Field(
                name: name, label: t(label), help: help.map { t($0) }, value: value(name), isLine: true, isText: false,
                isSelect: false, isChecklist: false, options: [], lang: nil, dir: "ltr", isRequired: required)
        }
        let title = { (info: ItemInfo) in info.text.resolve(language).text.title }
        var fields = [
            select("kind", .findingFieldKind, FindingKind.allCases.map { ($0.rawValue, EvidenceLabels.kind($0, t)) }, required: true),
            select("region", .findingFieldRegion, snapshot.regions.map { ($0.info.slug, title($0.info)) }, blank: "—", required: true),
            select(
                "meeting", .findingFieldMeeting, snapshot.meetings.map { ($0.info.slug, title($0.info)) },
                blank: t(.findingFieldNoMeeting)),
            select(
                "nexus_form", .findingFieldForm, NexusForm.allCases.map { ($0.rawValue, EvidenceLabels.form($0, t)) },
                blank: t(.findingFieldNoForm)),
        ]
        fields += Language.allCases.map { text in
            Field(
                name: FindingFields.textColumn(text), label: t(.findingFieldText, ["language": text.nativeName]),
                help: text == .source ? t(.findingFieldTextHelp) : nil, value: value(FindingFields.textColumn(text)),
                isLine: false, isText: true, isSelect: false, isChecklist: false, options: [], lang: text.code,
                dir: text.isRightToLeft ? "rtl" : "ltr", isRequired: false)
        }
        fields += [
            line("countries", .findingFieldCountries, help: .findingFieldCountriesHelp),
            checklist("crime_markets", .findingFieldMarkets, CrimeMarket.allCases.map { ($0.rawValue, EvidenceLabels.market($0, t)) }),
            checklist(
                "enabling_factors", .findingFieldFactors,
                EnablingFactor.allCases.map { ($0.rawValue, EvidenceLabels.factor($0, t)) }),
            checklist(
                "practices", .findingFieldPractices,
                snapshot.practices.map { practice in
                    (
                        practice.info.slug,
                        [practice.number.map { t(.practiceNumbered, ["number": String($0)]) }, title(practice.info)]
                            .compactMap { $0 }.joined(separator: " · ")
                    )
                }),
            select(
                "confidence", .findingFieldConfidence,
                FindingConfidence.allCases.map { ($0.rawValue, EvidenceLabels.confidence($0, t)) }, required: true),
            line("source", .findingFieldSource, help: .findingFieldSourceHelp, required: true),
        ]
        return fields
    }
}
