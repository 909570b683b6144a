import Foundation
import Hummingbird
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusPersistence

/// `GET /api/v1/cases` (filtered by the facets, paged) and `GET /api/v1/cases/{id}`, with
/// what the asking principal may read; the STIX endpoints are ``CaseExchangeAPI``'s.
struct CasesAPI {
    static let defaultLimit = 50
    static let maximumLimit = 200

    let services: AppServices
    let principal: Principal

    func answer(_ api: CasesRoute.API, scope: RequestScope) async throws -> Response {
        let t = services.localization[api.language]
        let query = scope.request.formQuery.firstValues
        let exchange = CaseExchangeAPI(services: services, scope: scope, principal: principal)
        switch api {
        case .stix(let id, let language): return try await exchange.export(id, language: language)
        case .stixSet(let language): return try await exchange.exportSet(language: language)
        case .importBundle(let language): return try await exchange.importBundle(language: language)
        case .cases(let language):
            let filter: CaseFilter
            let limit: Int
            let offset: Int
            switch Self.listing(query, defaultLimit: Self.defaultLimit, maximum: Self.maximumLimit, t: t) {
            case .success(let listing): (filter, limit, offset) = listing
            case .failure(let refusal): return refusal.response
            }
            let page = try await services.cases.page(filter, as: principal, limit: limit, offset: offset)
            return .json(
                CaseAPIModels.List(
                    total: page.total, limit: limit, offset: offset,
                    cases: page.cases.map { CaseAPIModels.Summary($0, language: language) }))
        case .one(let id, let language):
            guard let stored = try await services.cases.read(id, as: principal) else {
                return .jsonError(.notFound, code: "not_found", message: t(.apiCaseNotFound))
            }
            return .json(CaseAPIModels.Detail(stored, language: language))
        }
    }

    /// A refused list request's answer.
    struct Refused: Error {
        let response: Response
    }

    /// The facets, `limit` (`defaultLimit` when absent, at most `maximum`) and `offset` of a
    /// request for a list of cases, or the 400 that says which parameter is wrong.
    static func listing(_ query: [String: String], defaultLimit: Int, maximum: Int, t: Localizer) -> Result<(CaseFilter, Int, Int), Refused> {
        let filter: CaseFilter
        switch CaseFilter.parse(query) {
        case .success(let parsed): filter = parsed
        case .failure(let rejected):
            return .failure(
                Refused(
                    response: .jsonError(
                        .badRequest, code: "bad_parameter",
                        message: t(.casesBadFilter, ["facets": rejected.problems.map(\.rawValue).joined(separator: ", ")]))))
        }
        guard let limit = number(query["limit"], default: defaultLimit, in: 1...maximum) else {
            return .failure(
                Refused(
                    response: .jsonError(
                        .badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["value": query["limit"] ?? "", "name": "limit"]))))
        }
        guard let offset = number(query["offset"], default: 0, in: 0...1_000_000) else {
            return .failure(
                Refused(
                    response: .jsonError(
                        .badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["value": query["offset"] ?? "", "name": "offset"]))))
        }
        return .success((filter, limit, offset))
    }

    /// A whole number from a query parameter within `range`; the default when absent, `nil` when invalid.
    static func number(_ text: String?, default value: Int, in range: ClosedRange<Int>) -> Int? {
        guard let text, !text.isEmpty else { return value }
        guard let number = Int(text), range.contains(number) else { return nil }
        return number
    }
}

extension CasesRoute.API {
    var language: Language {
        switch self {
        case .cases(let language), .one(_, let language), .stix(_, let language), .stixSet(let language), .importBundle(let language):
            language
        }
    }
}
