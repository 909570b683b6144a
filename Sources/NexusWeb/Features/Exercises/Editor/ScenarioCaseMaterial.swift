import Foundation
import NexusDomain
import NexusLocalization

/// What a case offers a scenario built on it: its narrative, its actors and their network,
/// shown beside the form to write from (in the scenario's original language where the
/// case has it).
enum ScenarioCaseMaterial {
    static func make(_ record: NexusCase, in language: Language, env: PageEnvironment) -> ScenarioFormModel.CaseMaterial {
        let t = env.t
        func text(_ field: TranslatableText) -> TranslatableText.Resolved { field.resolve(language, source: record.sourceLanguage) }
        let names = Dictionary(
            record.actors.map { ($0.id, text($0.alias).text) }, uniquingKeysWith: { first, _ in first })
        let summary = text(record.summary)
        return ScenarioFormModel.CaseMaterial(
            heading: t(.scenarioFormCaseMaterial), title: text(record.title).text, summary: summary.text,
            summaryLang: summary.language.code, summaryDir: summary.language.isRightToLeft ? "rtl" : "ltr",
            actorsHeading: t(.caseActorsHeading),
            actors: record.actors.map { "\(text($0.alias).text) — \(CaseLabels.actorType($0.type, t))" },
            networkHeading: t(.caseRelationsHeading),
            network: record.relationships.map {
                "\(names[$0.from] ?? $0.from) → \(CaseLabels.relation($0.type, t)) → \(names[$0.to] ?? $0.to)"
            },
            caseHref: Route.cases(.page(env.language, record.id)).path)
    }
}
