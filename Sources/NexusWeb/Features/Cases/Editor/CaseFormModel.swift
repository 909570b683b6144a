import Foundation
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// The case form's page model.
struct CaseFormModel: Sendable {
    struct Problem: Sendable {
        let text: String
        let href: String
    }

    struct TextLanguage: Sendable {
        let label: String
        let href: String?
        let lang: String
        let isCurrent: Bool
    }

    struct NameCheck: Sendable {
        let title: String
        let body: String
        let words: [String]
        let confirmLabel: String
    }

    let title: String
    let intro: String
    let action: String
    let csrfToken: String
    let revision: String?
    let textLanguage: String
    let sourceLanguage: String?
    let textLanguages: [TextLanguage]
    let translating: String?
    let caseHref: String?
    let libraryHref: String
    let message: String?
    let problems: [Problem]
    let problemLead: String?
    let nameCheck: NameCheck?
    let conflict: CaseFormConflict?
    let about: [FormField]
    let texts: [FormField]
    let classification: [FormField]
    let groups: [FormRowGroup]
    let deleteAction: String?

    static func make(
        _ values: CaseFormValues, base: StoredCase?, env: PageEnvironment, problems: [CaseProblem], warnings: [CaseWarning],
        conflict: CaseFormConflict?, message: String?, app: SignedInPage
    ) -> CaseFormModel {
        let t = env.t
        let language = env.language
        let record = base?.record
        let anchors = problems.map { CaseMessages.anchor(of: $0.field, in: values) }
        let fields = FormFields(
            values: values, base: record, env: env, invalid: Set(anchors),
            mayPublish: Authorization.allows(app.identity.principal, .editCases),
            roleNames: Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, app.roleName($0)) }))
        let editRoute = record.map { Route.cases(.editor(language, .edit($0.id))) }
        let source = record?.sourceLanguage ?? values.sourceLanguage
        let title =
            record.map { t(.caseFormEditTitle, ["title": Localizer.isolated($0.title.resolve(language, source: $0.sourceLanguage).text)]) }
            ?? t(.caseFormNewTitle)
        return CaseFormModel(
            title: title, intro: t(.caseFormIntro), action: (editRoute ?? .cases(.editor(language, .new))).path,
            csrfToken: app.identity.csrfToken, revision: values.revision.map(String.init), textLanguage: values.textLanguage.code,
            sourceLanguage: record == nil ? nil : source.code,
            textLanguages: editRoute.map { route in
                Language.allCases.map { other in
                    let label = other == source ? t(.caseFormOriginal, ["language": other.nativeName]) : other.nativeName
                    return TextLanguage(
                        label: label, href: "\(route.path)?in=\(other.code)", lang: other.code, isCurrent: other == values.textLanguage)
                }
            } ?? [],
            translating: values.textLanguage == source
                ? nil : t(.caseFormTranslating, ["language": values.textLanguage.nativeName, "original": source.nativeName]),
            caseHref: record.map { Route.cases(.page(language, $0.id)).path }, libraryHref: Route.cases(.library(language)).path,
            message: message,
            problems: zip(problems, anchors).map { Problem(text: CaseMessages.line($0, in: values, t), href: "#" + $1) },
            problemLead: problems.isEmpty ? nil : t(.caseFormInvalid),
            nameCheck: nameCheck(warnings, values: values, t: t),
            conflict: conflict, about: fields.about, texts: fields.texts, classification: fields.classification, groups: fields.groups,
            deleteAction: Authorization.allows(app.identity.principal, .editCases)
                ? record.map { Route.cases(.editor(language, .delete($0.id))).path } : nil)
    }

    /// The question asked when texts look like names; `nil` when none do.
    static func nameCheck(_ warnings: [CaseWarning], values: CaseFormValues, t: Localizer) -> NameCheck? {
        guard !warnings.isEmpty else { return nil }
        return NameCheck(
            title: t(.caseNamesTitle), body: t(.caseNamesBody),
            words: distinct(warnings).map { "\(CaseMessages.label(of: $0.field, in: values, t)): “\($0.text)”" },
            confirmLabel: t(.caseNamesConfirm))
    }

    /// The warnings without those inside another of the same field ("Mr Karim" within "Mr Karim Haddad").
    private static func distinct(_ warnings: [CaseWarning]) -> [CaseWarning] {
        warnings.filter { warning in
            !warnings.contains { $0.field == warning.field && $0.text != warning.text && $0.text.contains(warning.text) }
        }
    }
}
