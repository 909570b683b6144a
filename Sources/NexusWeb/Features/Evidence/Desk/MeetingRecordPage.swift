import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusApplication
import NexusPersistence

/// A meeting's participation: counts by stakeholder type and by country, and the people
/// recorded by name with their consent.
struct MeetingRecordPage {
    let app: SignedInPage

    struct CountField: Sendable {
        let name: String
        let label: String
        let value: String
    }

    struct ParticipantRow: Sendable {
        let name: String
        let organisation: String
        let category: String
        let country: String
        let consentDate: String
        let removeAction: String
    }

    struct Model: Sendable {
        let title: String
        let action: String
        let addAction: String
        let csrfToken: String
        let counts: [CountField]
        let byCountry: String
        let participants: [ParticipantRow]
        let categories: [FormOption]
        /// What was typed for a participant the page refused, shown again to correct.
        let newParticipant: ParticipantDraft
        let errors: [String]
        let errorLead: String?
        let publicHref: String
        let editHref: String
        let addFindingHref: String
        let manageHref: String
    }

    func answer(_ slug: MeetingID, form: FormBody?) async throws -> Response {
        guard let meeting = app.services.store.snapshot.meeting(slug) else { return app.notFound() }
        guard let form else {
            let counts = app.services.store.evidence.participation(ofMeetings: [slug])
            return try await render(
                meeting, counts: counts,
                notices: app.doneNotice([
                    "saved": .participationSaved, "added": .participantAdded, "removed": .participantRemoved, "created": .meetingCreated,
                ]))
        }
        var counts: [ParticipationCount] = []
        var errors: [String] = []
        for category in StakeholderCategory.allCases {
            let text = form.text("count_" + category.rawValue)
            if text.isEmpty { continue }
            guard let value = ParticipationFields.parseCount(text) else {
                errors.append("\(EvidenceLabels.category(category, app.t)): \(EvidenceMessages.text(.notACount(text), app.t))")
                continue
            }
            counts.append(ParticipationCount(meeting: slug, category: category, count: value))
        }
        let references = EvidenceReferences(snapshot: app.services.store.snapshot)
        for (index, line) in form.text("by_country").split(whereSeparator: \.isNewline).enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            guard cells.count == 3 else {
                errors.append(app.t(.participationLineInvalid, ["line": String(index + 1), "problem": app.t(.participationLineShape)]))
                continue
            }
            let values = ["meeting": slug.rawValue, "country": cells[0], "category": cells[1], "count": cells[2]]
            switch ParticipationFields.count(from: values, references: references) {
            case .success(let count): counts.append(count)
            case .failure(let rejected):
                let message = rejected.problems.map { EvidenceMessages.text($0.kind, app.t) }.joined(separator: "; ")
                errors.append(app.t(.participationLineInvalid, ["line": String(index + 1), "problem": message]))
            }
        }
        guard errors.isEmpty else {
            return try await render(
                meeting, counts: counts, byCountryText: form.text("by_country"), errors: errors,
                status: .unprocessableContent)
        }
        try await app.services.app.evidence.replaceParticipation(counts, meetings: [slug], by: app.identity.actor)
        return app.redirect(to: .evidence(.desk(app.language, .meetingRecord(slug))), done: "saved")
    }

    func add(_ slug: MeetingID, form: FormBody) async throws -> Response {
        guard let meeting = app.services.store.snapshot.meeting(slug) else { return app.notFound() }
        let country = ParticipantRules.country(form.text("country"))
        let participant = NamedParticipant(
            id: ParticipantID(EvidenceIDs.make()), meeting: slug, name: form.text("name"), organisation: form.text("organisation"),
            category: StakeholderCategory(rawValue: form.text("category")), country: (try? country.get()) ?? nil,
            consentDate: form.text("consent_date"))
        let consented = form["consent"] == "yes"
        let problems: [EvidenceProblem]
        switch country {
        case .failure(let unknown): problems = [unknown] + ParticipantRules.problems(with: participant, consented: consented)
        case .success: problems = try await app.services.app.evidence.addParticipant(participant, consented: consented, by: app.identity.actor)
        }
        guard problems.isEmpty else {
            let labels: [String: UIKey] = [
                "name": .participantName, "organisation": .participantOrganisation, "country": .participantCountry,
                "consent": .participantConsent, "consent_date": .participantConsentDate,
            ]
            let errors = problems.map { EvidenceMessages.field($0, label: labels[$0.field].map { app.t($0) } ?? $0.field, app.t) }
            let counts = app.services.store.evidence.participation(ofMeetings: [slug])
            return try await render(
                meeting, counts: counts, newParticipant: ParticipantDraft(form), errors: errors,
                status: .unprocessableContent)
        }
        return app.redirect(to: .evidence(.desk(app.language, .meetingRecord(slug))), done: "added")
    }

    func remove(_ slug: MeetingID, id: ParticipantID) async throws -> Response {
        guard try await app.services.app.evidence.removeParticipant(id, meeting: slug, by: app.identity.actor) else {
            return app.notFound()
        }
        return app.redirect(to: .evidence(.desk(app.language, .meetingRecord(slug))), done: "removed")
    }

    private func render(
        _ meeting: Meeting, counts: [ParticipationCount], byCountryText: String? = nil, newParticipant: ParticipantDraft = ParticipantDraft(),
        errors: [String] = [], notices: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = app.t
        let slug = meeting.id
        let title = t(.meetingRecordTitle, ["title": Localizer.isolated(meeting.info.text.resolve(app.language).text.title)])
        let totals = Dictionary(counts.filter { $0.country == nil }.map { ($0.category, $0.count) }, uniquingKeysWith: +)
        let byCountry =
            byCountryText
            ?? counts.filter { $0.country != nil }
            .map { "\($0.country!), \($0.category.rawValue), \($0.count)" }.joined(separator: "\n")
        let participants = try await app.services.app.evidence.participants(of: slug).map { person in
            ParticipantRow(
                name: person.name, organisation: person.organisation,
                category: person.category.map { EvidenceLabels.category($0, t) } ?? "",
                country: person.country.map { EvidenceLabels.country($0, app.language) } ?? "", consentDate: person.consentDate,
                removeAction: Route.evidence(.desk(app.language, .participantRemove(meeting: slug, id: person.id))).path)
        }
        let model = Model(
            title: title, action: Route.evidence(.desk(app.language, .meetingRecord(slug))).path,
            addAction: Route.evidence(.desk(app.language, .participantAdd(slug))).path, csrfToken: app.identity.csrfToken,
            counts: StakeholderCategory.allCases.map { category in
                CountField(
                    name: "count_" + category.rawValue, label: EvidenceLabels.category(category, t),
                    value: totals[category].map(String.init) ?? "")
            },
            byCountry: byCountry, participants: participants,
            categories: [FormOption(value: "", label: "—", isSelected: false)]
                + StakeholderCategory.allCases.map {
                    FormOption(value: $0.rawValue, label: EvidenceLabels.category($0, t), isSelected: newParticipant.category == $0.rawValue)
                },
            newParticipant: newParticipant, errors: errors, errorLead: errors.isEmpty ? nil : t(.findingInvalid),
            publicHref: Route.evidence(.page(app.language, .meeting(slug))).path,
            editHref: Route.editing(.page(app.language, .item(.meeting, slug.rawValue))).path,
            addFindingHref: Route.evidence(.desk(app.language, .findingNew)).path + "?meeting=\(slug)",
            manageHref: Route.evidence(.desk(app.language, .manage)).path)
        return app.render(
            PageResult(
                template: "evidence-meeting-record",
                layout: app.layout(title, route: .evidence(.desk(app.language, .meetingRecord(slug))), notices: notices), model: model),
            status: status)
    }
}

/// A participant as typed into the form, before it is recorded.
struct ParticipantDraft: Sendable {
    var name = ""
    var organisation = ""
    var category = ""
    var country = ""
    var consentDate = ""

    init() {}

    init(_ form: FormBody) {
        name = form.text("name")
        organisation = form.text("organisation")
        category = form.text("category")
        country = form.text("country")
        consentDate = form.text("consent_date")
    }
}
