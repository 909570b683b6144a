import Foundation
import NexusDomain
import NexusLocalization
import NexusRendering

/// The case form's fields, in the order the form shows them, filled from the form's values.
/// Texts are in the form's text language; when that is not the original's, each text
/// field shows the original above it.
struct FormFields {
    let values: CaseFormValues
    /// The stored case, for the originals of translations and their staleness.
    let base: NexusCase?
    let env: PageEnvironment
    /// The fields with problems, as ``CaseMessages/anchor(of:in:)`` names them.
    let invalid: Set<String>
    /// Whether the person may publish (editors) or only draft (programme officers).
    let mayPublish: Bool
    /// The roles' names in the reader's language.
    let roleNames: [Role: String]

    private var t: Localizer { env.t }

    private func isInvalid(_ name: String) -> Bool { invalid.contains("f-" + name.replacingOccurrences(of: "[]", with: "")) }

    private func text(
        _ name: String, _ label: UIKey, value: String, field: TranslatableText?, help: UIKey? = nil, rows: Int = 3, line: Bool = false
    ) -> FormField {
        let source = base?.sourceLanguage ?? values.sourceLanguage
        let translating = values.textLanguage != source
        let original = translating ? field?[source].map { (text: $0, language: source) } : nil
        return FormField(
            line ? .line : .text, name: name, label: t(label), help: help.map { t($0) }, value: value, invalid: isInvalid(name),
            language: values.textLanguage, original: original,
            isStale: translating && (field?.isStale(values.textLanguage, source: source) ?? false), rows: rows)
    }

    private func dateField(_ name: String, _ label: UIKey, _ value: String) -> FormField {
        FormField(.line, name: name, label: t(label), help: t(.caseFormDateHelp), value: value, invalid: isInvalid(name), language: nil)
    }

    /// Identifier, languages, status, publication and origin.
    var about: [FormField] {
        var fields: [FormField] = []
        if values.revision == nil {
            fields.append(
                FormField(
                    .line, name: "id", label: t(.caseFormID), help: t(.caseFormIDHelp), value: values.id, required: true,
                    invalid: isInvalid("id")))
            fields.append(
                .select(
                    "source_language", t(.caseFormSourceLanguage), value: values.sourceLanguage.code,
                    Language.allCases.map { ($0.code, $0.nativeName) }, required: true))
        }
        if mayPublish {
            fields.append(
                .select(
                    "status", t(.caseFormStatus), value: values.status,
                    [(CaseStatus.draft.rawValue, t(.caseStatusDraft)), (CaseStatus.published.rawValue, t(.caseStatusPublished))],
                    required: true, invalid: isInvalid("status")))
        } else {
            fields.append(FormField(.hidden, name: "status", label: "", value: CaseStatus.draft.rawValue))
        }
        fields.append(
            .select(
                "publication", t(.caseFormPublication), value: values.publication,
                [
                    (PublicationLevel.public.rawValue, t(.casePublicationPublic)),
                    (PublicationLevel.registered.rawValue, t(.casePublicationRegistered)),
                    (PublicationLevel.restricted.rawValue, t(.casePublicationRestricted)),
                ], required: true, help: mayPublish ? nil : t(.caseFormDraftOnly)))
        let roles = Role.allCases.filter { !CaseAccess.editorRoles.contains($0) }
        fields.append(
            .checklist(
                "restricted_to", t(.caseFormRestrictedTo), chosen: values.restrictedTo, roles.map { ($0.rawValue, roleNames[$0] ?? $0.rawValue) }))
        fields.append(
            .select(
                "origin", t(.caseFacetOrigin), value: values.origin,
                CaseOrigin.allCases.map { ($0.rawValue, CaseLabels.origin($0, t)) }, blank: "—", required: true,
                invalid: isInvalid("origin"), help: t(.caseFormOriginHelp)))
        return fields
    }

    /// Title, summary and analysis.
    var texts: [FormField] {
        [
            text("title", .caseFormTitle, value: values.title, field: base?.title, rows: 1, line: true),
            text("summary", .caseFormSummary, value: values.summary, field: base?.summary, help: .caseFormSummaryHelp, rows: 8),
            text("analysis", .caseFormAnalysis, value: values.analysis, field: base?.analysis, help: .caseFormAnalysisHelp, rows: 6),
        ]
    }

    /// Period, places, markets, form, stage, factors, watch points, practices, instruments.
    var classification: [FormField] {
        let snapshot = env.snapshot
        return [
            dateField("period_start", .caseFormPeriodStart, values.periodStart),
            dateField("period_end", .caseFormPeriodEnd, values.periodEnd),
            .select(
                "form", t(.caseForm), value: values.form, NexusForm.allCases.map { ($0.rawValue, EvidenceLabels.form($0, t)) },
                blank: "—", required: true, invalid: isInvalid("form")),
            .select(
                "stage", t(.caseStage), value: values.stage, NexusStage.allCases.map { ($0.rawValue, CaseLabels.stage($0, t)) },
                blank: "—", required: true, invalid: isInvalid("stage"), help: t(.caseStageHelp)),
            .checklist(
                "regions", t(.caseRegions), chosen: values.regions,
                snapshot.regions.map { ($0.info.slug, env.text($0.info).text.title) }, invalid: isInvalid("regions")),
            FormField(
                .line, name: "countries", label: t(.caseCountries), help: t(.findingFieldCountriesHelp), value: values.countries,
                invalid: isInvalid("countries")),
            .checklist("markets", t(.caseMarkets), chosen: values.markets, CrimeMarket.allCases.map { ($0.rawValue, EvidenceLabels.market($0, t)) }),
            .checklist(
                "factors", t(.caseFactors), chosen: values.factors, EnablingFactor.allCases.map { ($0.rawValue, EvidenceLabels.factor($0, t)) }),
            .checklist(
                "watch_points", t(.caseWatchPoints), chosen: values.watchPoints,
                WatchPoint.allCases.map { ($0.rawValue, CaseLabels.watchPoint($0, t)) }),
            .checklist(
                "practices", t(.casePracticesHeading), chosen: values.practices,
                snapshot.practices.map { ($0.info.slug, env.fullLabel(of: $0)) }, invalid: isInvalid("practices")),
            .checklist(
                "instruments", t(.caseInstrumentsHeading), chosen: values.instruments,
                snapshot.instruments.map { ($0.info.slug, env.text($0.info).text.title) }, invalid: isInvalid("instruments")),
        ]
    }
}
