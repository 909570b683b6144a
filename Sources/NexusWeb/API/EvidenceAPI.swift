import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusLocalization
import NexusPersistence
import NIOCore

/// The evidence endpoints: meetings, their participation, findings. Reads are public;
/// writes take a bearer token whose role may record evidence (the responder checked it).
struct EvidenceAPI {
    let services: AppServices
    /// Who writes: every write has passed the route's rule with a bearer token.
    let identity: Identity

    static func handles(_ api: Route.API) -> Bool {
        switch api {
        case .meetings, .meeting, .participation, .findings, .finding: true
        default: false
        }
    }

    /// The most findings one answer lists.
    static let maximumLimit = 1000

    func answer(_ api: Route.API, request: Request) async throws -> Response {
        var request = request
        let t = services.localization[api.language]
        switch (api, request.method) {
        case (.meetings(let language), .post):
            return try await writeMeeting(slug: nil, body: try await body(&request), language: language)
        case (.meeting(let slug, let language), .put):
            return try await writeMeeting(slug: slug, body: try await body(&request), language: language)
        case (.participation(let slug), .put):
            return try await writeParticipation(slug, body: try await body(&request))
        case (.findings(let language), .post):
            return try await writeFinding(id: nil, body: try await body(&request), language: language)
        case (.finding(let id, let language), .put):
            return try await writeFinding(id: id, body: try await body(&request), language: language)
        case (.finding(let id, _), .delete):
            guard try await services.evidence.deleteFinding(id, by: identity.actor) else {
                return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle))
            }
            try await services.evidenceChanged(findings: [id])
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
            return .failure(InvalidBody(response: .jsonError(
                .badRequest, code: "invalid_json", message: t(.apiInvalidJSON, ["detail": "\(error)"]))))
        }
    }

    private func writeFinding(id: String?, body: Data, language: Language) async throws -> Response {
        let t = services.localization[language]
        let input: EvidenceAPIModels.FindingIn
        switch decode(EvidenceAPIModels.FindingIn.self, body, t) {
        case .failure(let invalid): return invalid.response
        case .success(let decoded): input = decoded
        }
        let state = services.store.state
        if let id, state.evidence.finding(id) == nil { return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle)) }
        var fields = input.fields
        if let id { fields["id"] = id }
        if id == nil, let given = input.id, state.evidence.finding(given) != nil {
            return .jsonError(.conflict, code: "exists", message: t(.apiFindingExists, ["id": given]))
        }
        switch FindingFields.finding(from: fields, references: EvidenceReferences(snapshot: state.snapshot), newID: EvidenceIDs.make) {
        case .failure(let rejected):
            return Self.problems(rejected.problems.map { ($0.field, EvidenceMessages.text($0.kind, t)) }, t)
        case .success(let finding):
            try await services.evidence.save(finding, by: identity.actor)
            try await services.evidenceChanged(findings: [finding.id])
            let out = EvidenceAPIModels.FindingSingle(language: language.code, finding: .init(finding, language: language))
            return .json(out, status: id == nil ? .created : .ok)
        }
    }

    private func writeParticipation(_ slug: String, body: Data) async throws -> Response {
        let t = services.localization[.source]
        let state = services.store.state
        guard state.snapshot.meeting(slug: slug) != nil else { return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle)) }
        let input: EvidenceAPIModels.ParticipationIn
        switch decode(EvidenceAPIModels.ParticipationIn.self, body, t) {
        case .failure(let invalid): return invalid.response
        case .success(let decoded): input = decoded
        }
        let references = EvidenceReferences(snapshot: state.snapshot)
        var counts: [ParticipationCount] = []
        var problems: [(String, String)] = []
        for (index, count) in input.counts.enumerated() {
            let values = ["meeting": slug, "category": count.category, "country": count.country ?? "", "count": String(count.count)]
            switch ParticipationFields.count(from: values, references: references) {
            case .success(let parsed): counts.append(parsed)
            case .failure(let rejected): problems += rejected.problems.map { ("counts[\(index)].\($0.field)", EvidenceMessages.text($0.kind, t)) }
            }
        }
        if Set(counts.map(\.key)).count != counts.count { problems.append(("counts", t(.problemDuplicate, ["line": "-"]))) }
        guard problems.isEmpty else { return Self.problems(problems, t) }
        try await services.evidence.replaceParticipation(counts, meetings: [slug], by: identity.actor)
        try await services.evidenceChanged(findings: [])
        return EvidenceReads(state: services.store.state, t: t).answer(.participation(slug), query: [:])
    }

    private func writeMeeting(slug: String?, body: Data, language: Language) async throws -> Response {
        let t = services.localization[language]
        let input: EvidenceAPIModels.MeetingIn
        switch decode(EvidenceAPIModels.MeetingIn.self, body, t) {
        case .failure(let invalid): return invalid.response
        case .success(let decoded): input = decoded
        }
        let target = slug ?? input.slug ?? ""
        let refusal = try await MeetingPublishing.publish(slug: target, isNew: slug == nil, services: services, identity: identity) {
            MeetingDocument.make(input, slug: target, keeping: $0)
        }
        switch refusal {
        case .invalidSlug?, .reservedSlug?: return Self.problems([("slug", EvidenceMessages.text(.invalidIdentifier(target), t))], t)
        case .taken?: return .jsonError(.conflict, code: "exists", message: t(.meetingSlugTaken))
        case .notFound?: return .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle))
        case .content(let problems)?: return Self.problems(problems.map { ("meeting", $0) }, t)
        case nil: break
        }
        var response = EvidenceReads(state: services.store.state, t: t).answer(.meeting(target, language), query: [:])
        if slug == nil { response.status = .created }
        return response
    }

    static func problems(_ problems: [(String, String)], _ t: Localizer) -> Response {
        .json(EvidenceAPIModels.Problems(error: .init(
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
        return ContentDocument(kind: .meeting, slug: slug, language: .source, fields: fields,
                               body: input.body ?? existing?.body ?? "")
    }
}
