import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NexusApplication
import NexusDomain
import NexusLocalization

/// `GET /api/v1/cases/{id}/stix`, `GET /api/v1/cases/stix` and `POST
/// /api/v1/cases/import`: cases as STIX 2.1 bundles, and bundles into cases. Exports hold
/// what the asker may read; imports take an editor's token, and a bundle with any problem
/// imports nothing. `docs/STIX.md` documents the mapping.
struct CaseExchangeAPI {
    /// The most cases `GET /api/v1/cases/stix` puts in one bundle unless asked for fewer.
    static let defaultLimit = 100

    let services: AppServices
    let scope: RequestScope
    let principal: Principal

    private var exchange: CaseExchange { services.app.caseExchange }
    private var query: [String: String] { scope.request.formQuery.firstValues }

    func export(_ id: CaseID, language: Language) async throws -> Response {
        guard let bundle = try await exchange.export(id, as: principal, schemaURL: schemaURL) else {
            return .jsonError(.notFound, code: "not_found", message: services.localization[language](.apiCaseNotFound))
        }
        return try answer(bundle)
    }

    func exportSet(language: Language) async throws -> Response {
        let t = services.localization[language]
        let filter: CaseFilter
        let limit: Int
        let offset: Int
        switch CasesAPI.listing(query, defaultLimit: Self.defaultLimit, maximum: CaseExchange.maximumExport, t: t) {
        case .success(let listing): (filter, limit, offset) = listing
        case .failure(let refusal): return refusal.response
        }
        return try answer(try await exchange.export(filter, as: principal, limit: limit, offset: offset, schemaURL: schemaURL))
    }

    func importBundle(language: Language) async throws -> Response {
        let t = services.localization[language]
        let confirm = query["confirmNames"] ?? "false"
        guard confirm == "true" || confirm == "false" else {
            return .jsonError(.badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["value": confirm, "name": "confirmNames"]))
        }
        var request = scope.request
        let body = Data(try await request.collectBody(upTo: NexusRequestContext.uploadLimit).readableBytesView)
        let bundle: STIXValue
        do {
            bundle = try STIXToCase.parse(body)
        } catch {
            return .jsonError(.badRequest, code: "invalid_json", message: t(.apiInvalidJSON, ["detail": "\(error)"]))
        }
        let actor = scope.identity?.actor ?? .anonymous(client: nil)
        switch try await exchange.importBundle(bundle, confirmedNames: confirm == "true", as: principal, by: actor) {
        case .failure(.forbidden):
            return .jsonError(.forbidden, code: "forbidden", message: t(.errorForbiddenBody))
        case .failure(.exists(let ids)):
            let list = ids.map { Localizer.isolated($0.rawValue) }.joined(separator: ", ")
            return .jsonError(.conflict, code: "exists", message: t(.stixImportExists, ["ids": list]))
        case .failure(.invalid(let problems)) where problems.map(\.kind) == [.notABundle]:
            // JSON of another shape is a bad body, as for every other write.
            return .jsonError(.badRequest, code: "invalid_json", message: t(.stixNotABundle))
        case .failure(.invalid(let problems)):
            let listed = problems.map {
                EvidenceAPIModels.Problem(field: CaseExchangeMessages.field($0), message: CaseExchangeMessages.text($0.kind, t))
            }
            return .json(
                EvidenceAPIModels.Problems(error: .init(status: 422, code: "invalid", message: t(.stixImportInvalid), problems: listed)),
                status: .unprocessableContent)
        case .failure(.needsConfirmation(let warnings)):
            let listed = warnings.map { CaseExchangeModels.NameWarning(field: $0.report + "/" + $0.warning.field, text: $0.warning.text) }
            return .json(
                CaseExchangeModels.NameWarnings(
                    error: .init(status: 422, code: "names_need_confirmation", message: t(.stixImportNames), warnings: listed)),
                status: .unprocessableContent)
        case .success(let imported):
            return .json(CaseExchangeModels.ImportResult(imported, language: language), status: .created)
        }
    }

    /// A bundle as `application/stix+json;version=2.1`, STIX's own media type, or as
    /// `application/json` for a client that asks for that and not for STIX.
    private func answer(_ bundle: STIXValue) throws -> Response {
        let accept = scope.request.headers[.accept] ?? ""
        let plain = accept.contains("application/json") && !accept.contains("application/stix+json")
        var response = Response.bytes(
            [UInt8](try STIXExport.encoded(bundle)), contentType: plain ? "application/json; charset=utf-8" : STIXExport.mediaType)
        // What an export holds depends on who asks.
        response.headers[.cacheControl] = "private, no-store"
        response.headers[.vary] = "Accept, Authorization, Cookie"
        return response
    }

    /// The address of the extension's JSON Schema for this request.
    private var schemaURL: String {
        PublishedSchema.stixCaseExtension.address(
            publicURL: services.config.publicURL, authority: scope.request.head.authority, secure: services.config.secureCookies)
    }
}
