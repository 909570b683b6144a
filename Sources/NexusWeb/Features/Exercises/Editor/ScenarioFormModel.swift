import Foundation
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// The scenario form's page model.
struct ScenarioFormModel: Sendable {
    struct Problem: Sendable {
        let text: String
        let href: String
    }

    /// A section of the form, with a link to it from the top of the page.
    struct Section: Sendable {
        let id: String
        /// The name in the list of sections at the top.
        let heading: String
        /// The section's own title; `nil` when its one list's heading says it.
        let legend: String?
        let help: String?
        let fields: [FormField]
        let groups: [FormRowGroup]
        /// The first section, where the case is chosen and its material shown. Stored, since
        /// templates see stored properties only.
        let isAbout: Bool

        init(id: String, heading: String, help: String? = nil, fields: [FormField] = [], groups: [FormRowGroup] = []) {
            self.id = id
            self.heading = heading
            legend = groups.count == 1 && fields.isEmpty ? nil : heading
            self.help = help
            self.fields = fields
            self.groups = groups
            isAbout = id == "about"
        }
    }

    /// What the chosen case offers to start from.
    struct CaseMaterial: Sendable {
        let heading: String
        let title: String
        let summary: String
        let summaryLang: String
        let summaryDir: String
        let actorsHeading: String
        let actors: [String]
        let networkHeading: String
        let network: [String]
        let caseHref: String
    }

    /// Someone else saved the scenario after the form was loaded: who, when, which revision.
    struct Conflict: Sendable {
        let title: String
        let body: String

        init(current: StoredScenario, t: Localizer) {
            title = t(.scenarioConflictTitle)
            body = t(
                .scenarioConflictBody,
                ["author": Localizer.isolated(current.updatedBy), "number": t.number(current.revision), "date": t.moment(current.updatedAt)])
        }
    }

    let title: String
    let intro: String
    let action: String
    let csrfToken: String
    let revision: String?
    let sourceLanguage: String?
    let scenarioHref: String?
    let libraryHref: String
    let message: String?
    let problems: [Problem]
    let problemLead: String?
    let conflict: Conflict?
    let sections: [Section]
    let material: CaseMaterial?

    static func make(
        _ values: ScenarioFormValues, base: StoredScenario?, problems: [ScenarioProblem], conflict: Conflict?, message: String?,
        material: CaseMaterial?, cases: [(String, String)], app: SignedInPage, env: PageEnvironment
    ) -> ScenarioFormModel {
        let t = env.t
        let language = env.language
        let record = base?.record
        let anchors = problems.map { ScenarioFormFields.anchor(of: $0.path) }
        let fields = ScenarioFormFields(values: values, env: env, invalid: Set(anchors), cases: cases)
        let title =
            record.map { t(.scenarioFormEditTitle, ["title": Localizer.isolated($0.title.resolve(language, source: $0.sourceLanguage).text)]) }
            ?? t(.scenarioFormNewTitle)
        let sections = [
            Section(id: "about", heading: t(.scenarioFormAbout), fields: fields.about),
            Section(id: "objectives", heading: t(.scenarioObjectives), groups: [fields.objectives]),
            Section(id: "tailoring", heading: t(.scenarioTailoring), help: t(.scenarioFormTailoringHelp), groups: fields.tailoring),
            Section(id: "phases", heading: t(.scenarioPhases), groups: [fields.phases]),
        ]
        return ScenarioFormModel(
            title: title, intro: t(.scenarioFormIntro, ["language": values.sourceLanguage.nativeName]),
            action: Route.exercises(.action(language, record.map { .edit($0.id) } ?? .new)).path, csrfToken: app.identity.csrfToken,
            revision: values.revision.map(String.init), sourceLanguage: record == nil ? nil : values.sourceLanguage.code,
            scenarioHref: record.map { Route.exercises(.scenario(language, $0.id)).path },
            libraryHref: Route.exercises(.library(language)).path, message: message,
            problems: zip(problems, anchors).map { Problem(text: ScenarioMessages.line($0, t), href: "#" + $1) },
            problemLead: problems.isEmpty ? nil : t(.scenarioFormInvalid), conflict: conflict, sections: sections, material: material)
    }
}
