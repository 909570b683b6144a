import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusPersistence

/// The library of reusable injects and question sets: searched by any word of their texts
/// in any language, each with the form that adds it to a phase of a scenario written in
/// the same language.
struct ExerciseLibraryPage {
    struct Item: Sendable {
        let title: String
        let lang: String
        let dir: String
        let kind: String
        let excerpt: String
        let languages: String
        let origin: String
        let insertAction: String
        let deleteAction: String
        let targets: [FormOption]
        let hasTargets: Bool
        let inputID: String
    }

    struct Model: Sendable {
        let title: String
        let intro: String
        let action: String
        let scenariosHref: String
        let query: String
        let kinds: [FormOption]
        let countText: String
        let items: [Item]
        let emptyText: String?
        let previousHref: String?
        let nextHref: String?
        let noTargets: String
        let csrfToken: String
        let problems: [String]
        let hasProblems: Bool
    }

    static let pageSize = 20

    let app: SignedInPage
    let env: PageEnvironment

    func answer(problems: [String] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let t = env.t
        let query = app.request.formQuery
        let words = String((query["q"] ?? "").prefix(200))
        let kind = query["kind"].flatMap(ReusableItem.Kind.init(rawValue:))
        let page = max(1, min(Int(query["page"] ?? "") ?? 1, 10_000))
        let size = max(1, min(Int(query["size"] ?? "") ?? Self.pageSize, 100))
        let library = app.services.app.exerciseLibrary
        guard
            let result = try await library.page(
                query: words, kind: kind, as: app.identity.principal, limit: size, offset: (page - 1) * size)
        else { return app.notFound() }
        let scenarios = try await app.services.app.scenarios.page(as: app.identity.principal, limit: 200, offset: 0).scenarios
        let path = Route.exercises(.materials(env.language)).path
        func href(_ number: Int) -> String {
            var components = URLComponents()
            components.path = path
            components.queryItems =
                [URLQueryItem(name: "q", value: words), URLQueryItem(name: "kind", value: kind?.rawValue ?? "")]
                + (size == Self.pageSize ? [] : [URLQueryItem(name: "size", value: String(size))])
                + [URLQueryItem(name: "page", value: String(number))]
            return components.string ?? path
        }
        let pages = max(1, (result.total + size - 1) / size)
        let model = Model(
            title: t(.libraryTitle), intro: t(.libraryIntro), action: path,
            scenariosHref: Route.exercises(.library(env.language)).path, query: words,
            kinds: [FormOption(value: "", label: t(.libraryKindAll), isSelected: kind == nil)]
                + ReusableItem.Kind.allCases.map { FormOption(value: $0.rawValue, label: Self.kind($0, t), isSelected: $0 == kind) },
            countText: t(.libraryCount, ["count": t.number(result.total)]),
            items: result.items.map { item(for: $0, scenarios: scenarios) },
            emptyText: result.total == 0 ? t(.libraryEmpty) : nil, previousHref: page > 1 ? href(page - 1) : nil,
            nextHref: page < pages ? href(page + 1) : nil, noTargets: t(.libraryNoTargets), csrfToken: app.identity.csrfToken,
            problems: problems, hasProblems: !problems.isEmpty)
        return app.render(
            PageResult(
                template: "exercise-library",
                layout: app.layout(model.title, route: .exercises(.materials(env.language)), notices: app.doneNotice(Self.notices)),
                model: model), status: status)
    }

    static let notices: [String: UIKey] = ["forgotten": .libraryForgotten]

    static func kind(_ kind: ReusableItem.Kind, _ t: Localizer) -> String {
        kind == .inject ? t(.libraryKindInject) : t(.libraryKindQuestions)
    }

    private func item(for item: ReusableItem, scenarios: [StoredScenario]) -> Item {
        let t = env.t
        let title = item.title.resolve(env.language, source: item.sourceLanguage)
        let texts = item.inject.map { [$0.text] } ?? item.questions.map(\.text)
        let excerpt = texts.map { $0.resolve(env.language, source: item.sourceLanguage).text }.joined(separator: " · ")
        let languages = Language.allCases.filter { language in
            language == item.sourceLanguage
                || ([item.title] + texts).allSatisfy { $0[language] != nil && !$0.isStale(language, source: item.sourceLanguage) }
        }
        // A phase of a scenario in the item's language: "Scenario — Phase 2: Title", revision kept for the save.
        let targets = scenarios.filter { $0.record.sourceLanguage == item.sourceLanguage }.flatMap { stored in
            let scenario = stored.record
            let scenarioTitle = scenario.title.resolve(env.language, source: scenario.sourceLanguage).text
            return scenario.phases.enumerated().map { index, phase in
                let phaseTitle = phase.title.resolve(env.language, source: scenario.sourceLanguage).text
                return FormOption(
                    value: "\(scenario.id)|\(index)|\(stored.revision)",
                    label: "\(scenarioTitle) — \(t(.scenarioPhaseNumber, ["number": t.number(index + 1), "title": phaseTitle]))",
                    isSelected: false)
            }
        }
        return Item(
            title: title.text, lang: title.language.code, dir: title.language.isRightToLeft ? "rtl" : "ltr", kind: Self.kind(item.kind, t),
            excerpt: excerpt.count > 280 ? String(excerpt.prefix(279)) + "…" : excerpt,
            languages: t(.libraryLanguages, ["languages": languages.map(\.nativeName).joined(separator: ", ")]),
            origin: t(.libraryOrigin, ["scenario": item.origin.rawValue]),
            insertAction: Route.exercises(.action(env.language, .insert(item.id))).path,
            deleteAction: Route.exercises(.action(env.language, .forget(item.id))).path, targets: targets, hasTargets: !targets.isEmpty,
            inputID: "target-\(item.id)")
    }
}
