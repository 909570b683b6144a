import NexusPersistence
import Foundation
import Hummingbird
import NexusDomain
import NexusRendering
import NexusApplication
import NexusLocalization

/// The evidence API's reads, from the snapshots: no database on the way.
struct EvidenceReads {
    let state: ToolkitStore.State
    let t: Localizer

    func answer(_ api: EvidenceRoute.API, query: [String: String]) -> Response {
        let snapshot = state.snapshot
        let evidence = state.evidence
        switch api {
        case .meetings(let language):
            return .json(EvidenceAPIModels.MeetingList(language: language.code, meetings: snapshot.meetings.map { summary($0, language) }))
        case .meeting(let slug, let language):
            guard let meeting = snapshot.meeting(slug: slug.rawValue) else { return notFound }
            let text = meeting.info.text.resolve(language).text
            return .json(
                EvidenceAPIModels.MeetingDetail(
                    language: language.code, meeting: summary(meeting, language), otherThemes: text.otherThemes, agenda: text.agenda,
                    documents: meeting.documents, sources: meeting.info.sources, participation: counts(of: slug),
                    findings: evidence.findings(ofMeeting: slug).map { .init($0, language: language) }))
        case .participation(let slug):
            guard snapshot.meeting(slug: slug.rawValue) != nil else { return notFound }
            return .json(EvidenceAPIModels.Participation(meeting: slug, counts: counts(of: slug)))
        case .findings(let language):
            return findings(language, query: query)
        case .finding(let id, let language):
            guard let finding = evidence.finding(id) else { return notFound }
            return .json(EvidenceAPIModels.FindingSingle(language: language.code, finding: .init(finding, language: language)))
        }
    }

    private var notFound: Response { .jsonError(.notFound, code: "not_found", message: t(.errorNotFoundTitle)) }

    private func findings(_ language: Language, query: [String: String]) -> Response {
        func bad(_ name: String, _ value: String) -> Response {
            .jsonError(.badRequest, code: "bad_parameter", message: t(.apiBadFilter, ["value": Localizer.isolated(value), "name": name]))
        }
        var found = state.evidence.findings
        if let region = query["region"], !region.isEmpty {
            guard state.snapshot.region(slug: region) != nil else { return bad("region", region) }
            found = found.filter { $0.region.rawValue == region }
        }
        if let kind = query["kind"], !kind.isEmpty {
            guard let parsed = FindingKind(rawValue: kind) else { return bad("kind", kind) }
            found = found.filter { $0.kind == parsed }
        }
        if let meeting = query["meeting"], !meeting.isEmpty {
            guard state.snapshot.meeting(slug: meeting) != nil else { return bad("meeting", meeting) }
            found = found.filter { $0.meeting?.rawValue == meeting }
        }
        if let practice = query["practice"], !practice.isEmpty {
            guard state.snapshot.practice(slug: practice) != nil else { return bad("practice", practice) }
            found = found.filter { $0.practices.contains(practice) }
        }
        if let country = query["country"], !country.isEmpty {
            guard let code = CountryCode(country) else { return bad("country", country) }
            found = found.filter { $0.countries.contains(code) }
        }
        var limit = 100
        var offset = 0
        if let text = query["limit"], !text.isEmpty {
            guard let value = Int(text), (1...EvidenceAPI.maximumLimit).contains(value) else { return bad("limit", text) }
            limit = value
        }
        if let text = query["offset"], !text.isEmpty {
            guard let value = Int(text), value >= 0 else { return bad("offset", text) }
            offset = value
        }
        let page = found.dropFirst(offset).prefix(limit)
        return .json(
            EvidenceAPIModels.FindingList(
                language: language.code, total: found.count,
                findings: page.map { .init($0, language: language) }))
    }

    private func counts(of meeting: MeetingID) -> [EvidenceAPIModels.Count] {
        state.evidence.participation(ofMeetings: [meeting]).map {
            EvidenceAPIModels.Count(category: $0.category.rawValue, country: $0.country?.rawValue, count: $0.count)
        }
    }

    private func summary(_ meeting: Meeting, _ language: Language) -> EvidenceAPIModels.MeetingSummary {
        let text = meeting.info.text.resolve(language).text
        return EvidenceAPIModels.MeetingSummary(
            slug: meeting.info.slug, title: text.title, summary: text.summary, region: meeting.region.rawValue, country: meeting.country,
            city: text.city ?? "", start: meeting.start.description, end: meeting.end?.description, partners: text.partners,
            themes: meeting.themes, status: meeting.info.status.rawValue, url: Route.evidence(.page(language, .meeting(meeting.id))).path)
    }
}
