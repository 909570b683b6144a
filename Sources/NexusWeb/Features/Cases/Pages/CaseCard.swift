import Foundation
import NexusDomain
import NexusLocalization
import NexusRendering

/// A case as the library and the practice pages list it: its title in the reader's
/// language (or the one it is written in), whether it is a composite, when and where.
struct CaseCard: Sendable {
    let href: String
    let title: String
    /// Set when the title is in another language than the page.
    let lang: String?
    let dir: String?
    let originLabel: String
    let isComposite: Bool
    let period: String?
    let regions: [String]
    let formLabel: String
    let stageLabel: String
    let excerpt: String?
    /// Set when the excerpt is in another language than the page (it may differ from the title's).
    let excerptLang: String?
    let excerptDir: String?

    init(_ record: NexusCase, _ env: PageEnvironment) {
        self.init(
            id: record.id, title: record.title, source: record.sourceLanguage, origin: record.origin, form: record.form,
            stage: record.stage, periodStart: record.periodStart, periodEnd: record.periodEnd, regions: record.regions,
            summary: record.summary, env)
    }

    init(_ entry: PublicCaseIndex.Entry, _ env: PageEnvironment) {
        self.init(
            id: entry.id, title: entry.title, source: entry.sourceLanguage, origin: entry.origin, form: entry.form,
            stage: entry.stage, periodStart: entry.periodStart, periodEnd: entry.periodEnd, regions: entry.regions, summary: nil, env)
    }

    private init(
        id: CaseID, title: TranslatableText, source: Language, origin: CaseOrigin, form: NexusForm, stage: NexusStage,
        periodStart: PartialDate?, periodEnd: PartialDate?, regions: [RegionID], summary: TranslatableText?, _ env: PageEnvironment
    ) {
        let t = env.t
        let resolved = title.resolve(env.language, source: source)
        href = Route.cases(.page(env.language, id)).path
        self.title = resolved.text
        lang = resolved.language == env.language ? nil : resolved.language.code
        dir = resolved.language == env.language ? nil : (resolved.language.isRightToLeft ? "rtl" : "ltr")
        originLabel = CaseLabels.origin(origin, t)
        isComposite = origin == .composite
        period = CasePeriod.text(periodStart, periodEnd, env)
        self.regions = regions.compactMap { env.snapshot.region($0) }.map { env.text($0.info).text.title }
        formLabel = EvidenceLabels.form(form, t)
        stageLabel = CaseLabels.stage(stage, t)
        let summaryText = summary.map { $0.resolve(env.language, source: source) }
        excerpt = summaryText.map { resolved in
            let text = MarkdownDocument(parsing: resolved.text).plainText
            return text.count > 260 ? String(text.prefix(257)).trimmingCharacters(in: .whitespaces) + "…" : text
        }
        let foreign = summaryText.map(\.language).flatMap { $0 == env.language ? nil : $0 }
        excerptLang = foreign?.code
        excerptDir = foreign.map { $0.isRightToLeft ? "rtl" : "ltr" }
    }
}

/// A case's period in the reader's language: "2012 – 2014", "since March 2019".
enum CasePeriod {
    static func text(_ start: PartialDate?, _ end: PartialDate?, _ env: PageEnvironment) -> String? {
        switch (start, end) {
        case (nil, nil): return nil
        case (.some(let start), nil): return env.t(.casePeriodOpen, ["start": EvidenceDates.format(start, env.language)])
        case (nil, .some(let end)): return EvidenceDates.format(end, env.language)
        case (.some(let start), .some(let end)): return EvidenceDates.range(start, end, env.language)
        }
    }
}
