import NexusPersistence
import NexusDomain
import NexusRendering
import NexusApplication
import NexusLocalization

/// A consultation meeting: where and when, with whom, what was on the agenda, who took
/// part (counts only), and the findings gathered there.
enum MeetingPage {
    struct Model: Sendable {
        let regionHref: String
        let regionLabel: String
        let eyebrow: String
        let item: ItemBody
        let facts: [DetailPage.Fact]
        let agenda: [String]
        let documents: [String]
        let participation: ChartTable?
        /// Participants by country, where the record breaks them down so.
        let byCountry: [ChartTable.Row]
        let participationNone: String
        let findings: [FindingCard]
        let textLang: String?
        let textDir: String?
    }

    static func page(_ slug: MeetingID, _ env: PageEnvironment) -> PageResult? {
        guard let meeting = env.snapshot.meeting(slug) else { return nil }
        let t = env.t
        let (item, text) = env.body(of: meeting.info)
        let regionTitle = env.snapshot.region(meeting.region).map { env.text($0.info).text.title } ?? meeting.region.rawValue
        var facts = [
            DetailPage.Fact(label: t(.meetingDates), value: EvidenceDates.range(meeting.start, meeting.end, env.language)),
            DetailPage.Fact(
                label: t(.meetingPlace),
                value: EvidenceDates.place(city: text.text.city, country: meeting.country, env.language)),
            DetailPage.Fact(label: t(.meetingRegion), value: regionTitle),
        ]
        if let partners = text.text.partners { facts.append(.init(label: t(.meetingPartners), value: partners)) }
        if !meeting.themes.isEmpty {
            facts.append(
                .init(
                    label: t(.meetingThemes),
                    value: meeting.themes.map { ChoiceLabels.thematicArea($0, t) }.joined(separator: " · ")))
        }
        if let other = text.text.otherThemes { facts.append(.init(label: t(.meetingOtherThemes), value: other)) }
        let counts = env.evidence.participation(ofMeetings: [slug])
        let model = Model(
            regionHref: env.href(.region(meeting.region)), regionLabel: regionTitle, eyebrow: t(.meetingEyebrow),
            item: item, facts: facts, agenda: text.text.agenda, documents: meeting.documents,
            participation: EvidenceFigures.participation(
                EvidenceFigures.participationTotals(counts), id: "participation", heading: t(.evidenceParticipationHeading), env),
            byCountry: Dictionary(grouping: counts.filter { $0.country != nil }, by: { $0.country! })
                .map { (country: $0.key, count: $0.value.reduce(0) { $0 + $1.count }) }
                .sorted { ($1.count, $0.country) < ($0.count, $1.country) }
                .map { ChartTable.Row(label: EvidenceLabels.country($0.country, env.language), cells: [env.t.number($0.count)]) },
            participationNone: t(.evidenceParticipationNone),
            findings: env.evidence.findings(ofMeeting: slug).map { FindingCard($0, env) },
            textLang: item.lang, textDir: item.dir)
        return PageResult(
            template: "meeting",
            layout: .make(
                page: .meeting(slug), language: env.language, title: item.title, description: item.summary, t: t,
                notices: env.notices(for: text), canonical: .meeting(slug)),
            model: model)
    }
}

/// One finding on its own page: the address search results and shared links open.
enum FindingPage {
    struct Model: Sendable {
        let card: FindingCard
        let title: String
        let eyebrow: String
    }

    static func page(_ id: FindingID, _ env: PageEnvironment) -> PageResult? {
        guard let finding = env.evidence.finding(id) else { return nil }
        let card = FindingCard(finding, env)
        let title = EvidenceSearchSource.title(of: card.text)
        return PageResult(
            template: "finding",
            layout: .make(
                page: .finding(id), language: env.language, title: title, description: card.text, t: env.t,
                canonical: .finding(id)),
            model: Model(card: card, title: title, eyebrow: card.kindLabel))
    }
}
