import Foundation
import NexusDomain
import NexusLocalization
import NexusPersistence

/// The scenarios, a page at a time, with the form that imports an exercise file.
enum ScenarioLibraryPage {
    struct Model: Sendable {
        let title: String
        let intro: String
        let countText: String
        let rows: [Row]
        let emptyText: String?
        let pageText: String?
        let previousHref: String?
        let nextHref: String?
        let importAction: String
        let newHref: String
        let csrfToken: String
        let problems: [String]
        let hasProblems: Bool
    }

    struct Row: Sendable {
        let title: String
        let lang: String?
        let href: String
        let summary: String
    }

    static let pageSize = 20

    static func model(
        _ result: ScenarioRepository.Page, page: Int, size: Int = pageSize, csrfToken: String, problems: [String] = [],
        env: PageEnvironment
    ) -> Model {
        let t = env.t
        let path = Route.exercises(.library(env.language)).path
        let pages = max(1, (result.total + size - 1) / size)
        let sized = size == pageSize ? "?" : "?size=\(size)&"
        return Model(
            title: t(.scenariosTitle), intro: t(.scenariosIntro), countText: t(.scenariosCount, ["count": t.number(result.total)]),
            rows: result.scenarios.map { stored in
                let scenario = stored.record
                let text = TailoredText(tailor: ScenarioTailor(scenario, tailoring: nil), scenario: scenario, env: env)
                return Row(
                    title: text.plain(scenario.title), lang: text.lang(scenario.title),
                    href: Route.exercises(.scenario(env.language, scenario.id)).path,
                    summary: t(
                        .scenarioRowSummary,
                        [
                            "phases": t.number(scenario.phases.count), "injects": t.number(scenario.injectCount),
                            "languages": scenario.completeLanguages.map(\.nativeName).joined(separator: ", "),
                        ]))
            },
            emptyText: result.total == 0 ? t(.scenariosEmpty) : nil,
            pageText: pages > 1 || page > 1 ? t(.casesPageOf, ["page": t.number(page), "pages": t.number(pages)]) : nil,
            previousHref: page > 1 ? path + sized + "page=\(page - 1)" : nil, nextHref: page < pages ? path + sized + "page=\(page + 1)" : nil,
            importAction: Route.exercises(.action(env.language, .importFile)).path,
            newHref: Route.exercises(.action(env.language, .new)).path, csrfToken: csrfToken, problems: problems,
            hasProblems: !problems.isEmpty)
    }
}
