import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusApplication
import NexusPersistence
import NIOCore

/// The evidence endpoints: meetings, their participation, findings. Reads are public;
/// writes take a bearer token whose role may record evidence (the responder checked it).
struct EvidenceAPI {
    let services: AppServices
    /// Who writes: every write has passed the route's rule with a bearer token.
    let identity: Identity

    /// The most findings one answer lists.
    static let maximumLimit = 1000

    func answer(_ api: EvidenceRoute.API, request: Request) async throws -> Response {
        var request = request
        let t = services.localization[EvidenceRoute.api(api).language]
        switch (api, request.method) {
        case (.meetings(let language), .post):
            return try await writeMeeting(slug: nil, body: try await body(&request), language: language)
        case (.meeting(let slug, let language), .put):
            return try await writeMeeting(slug: slug.rawValue, body: try await body(&request), language: language)
        case (.participation(let slug), .put):
            return try await writeParticipation(slug, body: try await body(&request))
        case (.findings(let language), .post):
            let body = try await body(&request)
            let idempotency = request.headers[.idempotencyKey].map {
                IdempotencyRequest(
                    principal: identity.principal.user?.id.rawValue ?? "", key: $0, operation: "POST /api/v1/findings",
                    body: body)
            }
            return try await writeFinding(id: nil, body: body, idempotency: idempotency, language: language)
        case (.finding(let id, let language), .put):
            return try await writeFinding(id: id, body: try await body(&request), idempotency: nil, language: language)
        case (.finding(let id, _), .delete):
            guard try await services.app.evidence.deleteFinding(id, by: identity.actor) else {
                return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle))
            }
            return Response(status: .noContent)
        default:
            let state = services.store.state
            return EvidenceReads(state: state, t: t).answer(api, query: request.formQuery.firstValues)
        }
    }

    private func body(_ request: inout Request) async throws -> Data {
        Data(try await request.collectBody(upTo: NexusRequestContext.uploadLimit).readableBytesView)
    }

    /// A body that is not JSON of the expected shape, with the decoder's reason.
    struct InvalidBody: Error {
        let response: Response
    }

    private func decode<T: Decodable>(_ type: T.Type, _ data: Data, _ t: Localizer) -> Result<T, InvalidBody> {
        do {
            return .success(try JSONDecoder().decode(type, from: data))
        } catch {
            return .failure(
                InvalidBody(
                    response: .jsonError(
                        .badRequest, code: "invalid_json", message: t(.apiInvalidJSON, ["detail": "\(error)"]))))
        }
    }

    private func writeFinding(
        id: FindingID?, body: Data, idempotency: IdempotencyRequest?, language: Language
    ) async throws -> Response {
        let t = services.localization[language]
        if let key = idempotency?.key, key.isEmpty || key.count > 200 {
            return .jsonError(.badRequest, code: "bad_idempotency_key", message: t(.apiIdempotencyKeyInvalid))
        }
        let input: EvidenceAPIModels.FindingIn
        switch decode(EvidenceAPIModels.FindingIn.self, body, t) {
        case .failure(let invalid): return invalid.response
        case .success(let decoded): input = decoded
        }
        switch try await services.app.evidence.saveFinding(fields: input.fields, id: id, idempotency: idempotency, by: identity.actor) {
        case .failure(.notFound): return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle))
        case .failure(.exists(let given)): return .jsonError(.conflict, code: "exists", message: t(.apiFindingExists, ["id": given.rawValue]))
        case .failure(.keyReused):
            return .jsonError(.unprocessableContent, code: "idempotency_key_reused", message: t(.apiIdempotencyKeyReused))
        case .failure(.invalid(let problems)):
            return Self.problems(problems.map { ($0.field, EvidenceMessages.text($0.kind, t)) }, t)
        case .success(let recorded):
            let out = EvidenceAPIModels.FindingSingle(language: language.code, finding: .init(recorded.finding, language: language))
            return .json(out, status: recorded.created ? .created : .ok)
        }
    }

    private func writeParticipation(_ meeting: MeetingID, body: Data) async throws -> Response {
        let t = services.localization[.source]
        let state = services.store.state
        guard state.snapshot.meeting(slug: meeting.rawValue) != nil else {
            return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle))
        }
        let input: EvidenceAPIModels.ParticipationIn
        switch decode(EvidenceAPIModels.ParticipationIn.self, body, t) {
        case .failure(let invalid): return invalid.response
        case .success(let decoded): input = decoded
        }
        let references = EvidenceReferences(snapshot: state.snapshot)
        var counts: [ParticipationCount] = []
        var problems: [(String, String)] = []
        for (index, count) in input.counts.enumerated() {
            let values = ["meeting": meeting.rawValue, "category": count.category, "country": count.country ?? "", "count": String(count.count)]
            switch ParticipationFields.count(from: values, references: references) {
            case .success(let parsed): counts.append(parsed)
            case .failure(let rejected): problems += rejected.problems.map { ("counts[\(index)].\($0.field)", EvidenceMessages.text($0.kind, t)) }
            }
        }
        if Set(counts.map(\.key)).count != counts.count { problems.append(("counts", t(.problemDuplicate, ["line": "-"]))) }
        guard problems.isEmpty else { return Self.problems(problems, t) }
        try await services.app.evidence.replaceParticipation(counts, meetings: [meeting], by: identity.actor)
        return EvidenceReads(state: services.store.state, t: t).answer(.participation(meeting), query: [:])
    }

    private func writeMeeting(slug: String?, body: Data, language: Language) async throws -> Response {
        let t = services.localization[language]
        let input: EvidenceAPIModels.MeetingIn
        switch decode(EvidenceAPIModels.MeetingIn.self, body, t) {
        case .failure(let invalid): return invalid.response
        case .success(let decoded): input = decoded
        }
        let target = slug ?? input.slug ?? ""
        let refusal = try await services.app.meetings.publish(slug: target, isNew: slug == nil, by: identity.actor) {
            MeetingDocument.make(input, slug: target, keeping: $0)
        }
        switch refusal {
        case .invalidSlug?, .reservedSlug?: return Self.problems([("slug", EvidenceMessages.text(.invalidIdentifier(target), t))], t)
        case .taken?: return .jsonError(.conflict, code: "exists", message: t(.meetingSlugTaken))
        case .conflict?: return .jsonError(.conflict, code: "conflict", message: t(.apiConflict))
        case .notFound?: return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle))
        case .invalid(let problems)?: return Self.problems(problems.map { ("meeting", $0.message) }, t)
        case nil: break
        }
        var response = EvidenceReads(state: services.store.state, t: t).answer(.meeting(MeetingID(target), language), query: [:])
        if slug == nil { response.status = .created }
        return response
    }

    static func problems(_ problems: [(String, String)], _ t: Localizer) -> Response {
        .json(
            EvidenceAPIModels.Problems(
                error: .init(
                    status: 422, code: "invalid", message: t(.apiInvalidRecord),
                    problems: problems.map { EvidenceAPIModels.Problem(field: $0.0, message: $0.1) })), status: .unprocessableContent)
    }
}

/// A meeting sent through the API as the English document of its toolkit item.
enum MeetingDocument {
    static func make(_ input: EvidenceAPIModels.MeetingIn, slug: String, keeping existing: ContentDocument?) -> ContentDocument {
        var fields: [String: ContentValue] = [
            "title": .string(input.title), "summary": .string(input.summary), "region": .string(input.region),
            "country": .string(input.country.uppercased()), "city": .string(input.city), "start": .string(input.start),
            "status": .string(input.status ?? existing?.fields["status"]?.stringValue ?? ContentStatus.confirmed.rawValue),
        ]
        func list(_ name: String, _ values: [String]?) { if let values, !values.isEmpty { fields[name] = .list(values.map(ContentValue.string)) } }
        func text(_ name: String, _ value: String?) { if let value, !value.isEmpty { fields[name] = .string(value) } }
        text("end", input.end)
        text("partners", input.partners)
        text("other_themes", input.otherThemes)
        list("themes", input.themes)
        list("agenda", input.agenda)
        list("documents", input.documents)
        list("sources", input.sources ?? existing?.fields["sources"]?.stringListValue)
        if let order = existing?.fields["order"] { fields["order"] = order }
        return ContentDocument(
            kind: .meeting, slug: slug, language: .source, fields: fields,
            body: input.body ?? existing?.body ?? "")
    }
}

extension HTTPField.Name {
    /// A client's key for a create it may retry (IETF draft "The Idempotency-Key HTTP Header Field").
    static let idempotencyKey = Self("Idempotency-Key")!
}
