import Foundation
import NexusDomain
import NexusPersistence

/// The JSON of the scenario endpoints other than the exercise file itself.
enum ScenarioAPIModels {
    /// A scenario in brief.
    struct Summary: Encodable, Sendable {
        let id: String
        let title: String
        let titleLanguage: String
        let sourceLanguage: String
        let caseID: String?
        let phases: Int
        let injects: Int
        let completeLanguages: [String]
        let tailorings: [String]
        let revision: Int
        let updatedAt: String
        let file: String

        init(_ stored: StoredScenario, language: Language) {
            let record = stored.record
            let title = record.title.resolve(language, source: record.sourceLanguage)
            id = record.id.rawValue
            self.title = title.text
            titleLanguage = title.language.code
            sourceLanguage = record.sourceLanguage.code
            caseID = record.caseID?.rawValue
            phases = record.phases.count
            injects = record.injectCount
            completeLanguages = record.completeLanguages.map(\.code)
            tailorings = record.tailorings.map(\.id)
            revision = stored.revision
            updatedAt = stored.updatedAt.ISO8601Format(.init(includingFractionalSeconds: true))
            file = Route.exercises(.api(.one(record.id, language))).path
        }
    }

    /// A page of scenarios.
    struct Listing: Encodable, Sendable {
        let total: Int
        let limit: Int
        let offset: Int
        let scenarios: [Summary]

        init(_ page: ScenarioRepository.Page, limit: Int, offset: Int, language: Language) {
            total = page.total
            self.limit = limit
            self.offset = offset
            scenarios = page.scenarios.map { Summary($0, language: language) }
        }
    }
}
