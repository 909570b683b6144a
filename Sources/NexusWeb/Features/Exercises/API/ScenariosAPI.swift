import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization

/// `GET /api/v1/scenarios`, `GET /api/v1/scenarios/{id}` (the exercise file) and
/// `POST /api/v1/scenarios/import`, for the tokens of those who design exercises.
struct ScenariosAPI {
    let services: AppServices
    let principal: Principal
    let actor: AuditActor

    func answer(_ api: ExercisesRoute.API, scope: RequestScope) async throws -> Response {
        switch api {
        case .scenarios(let language):
            let query = scope.request.formQuery
            let t = services.localization[language]
            let limit = Int(query["limit"] ?? "50") ?? -1
            let offset = Int(query["offset"] ?? "0") ?? -1
            guard (1...200).contains(limit) else {
                return .jsonError(.badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["value": query["limit"] ?? "", "name": "limit"]))
            }
            guard offset >= 0 else {
                return .jsonError(.badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["value": query["offset"] ?? "", "name": "offset"]))
            }
            let page = try await services.app.scenarios.page(as: principal, limit: limit, offset: offset)
            return .json(ScenarioAPIModels.Listing(page, limit: limit, offset: offset, language: language))
        case .one(let id, let language):
            guard let file = try await services.app.scenarios.exportFile(id, schemaURL: schemaURL(scope), as: principal) else {
                return .jsonError(.notFound, code: "not_found", message: services.localization[language](.apiScenarioNotFound))
            }
            return Self.file(file, id: id, download: false)
        case .importFile(let language):
            var request = scope.request
            let body = Data(try await request.collectBody(upTo: NexusRequestContext.uploadLimit).readableBytesView)
            let result = try await services.app.scenarios.importFile(body, as: principal, by: actor)
            return ScenarioImportAnswer.json(result, language: language, t: services.localization[language])
        }
    }

    private func schemaURL(_ scope: RequestScope) -> String {
        PublishedSchema.exerciseFile.address(
            publicURL: services.config.publicURL, authority: scope.request.head.authority, secure: services.config.secureCookies)
    }

    /// An exercise file as JSON; as a download, named after the scenario.
    static func file(_ data: Data, id: ScenarioID, download: Bool) -> Response {
        var response = Response.bytes([UInt8](data), contentType: "application/json; charset=utf-8")
        response.headers[.cacheControl] = "private, no-store"
        if download { response.headers[.contentDisposition] = "attachment; filename=\"\(id.rawValue).scenario.json\"" }
        return response
    }
}

/// How an import's outcome is answered to an API client.
enum ScenarioImportAnswer {
    static func json(_ result: Result<ScenarioDesign.Saved, ScenarioDesign.Refusal>, language: Language, t: Localizer) -> Response {
        switch result {
        case .success(let saved):
            return .json(ScenarioAPIModels.Summary(saved.stored, language: language), status: .created)
        case .failure(.invalid(let problems)) where problems.contains(where: { $0.kind == .shape(.notJSON) }):
            return .jsonError(.badRequest, code: "invalid_json", message: t(.scenarioFileNotJSON))
        case .failure(.invalid(let problems)):
            let listed = problems.map { EvidenceAPIModels.Problem(field: $0.path, message: ScenarioMessages.text($0, t)) }
            return .json(
                EvidenceAPIModels.Problems(error: .init(status: 422, code: "invalid", message: t(.scenarioFileInvalid), problems: listed)),
                status: .unprocessableContent)
        case .failure(.exists(let id)):
            return .jsonError(.conflict, code: "exists", message: t(.scenarioExists, ["id": Localizer.isolated(id.rawValue)]))
        case .failure(.forbidden):
            return .jsonError(.forbidden, code: "forbidden", message: t(.errorForbiddenBody))
        case .failure(.notFound), .failure(.stale), .failure(.eventsList):
            return .jsonError(.conflict, code: "exists", message: t(.scenarioFileInvalid))
        }
    }
}
