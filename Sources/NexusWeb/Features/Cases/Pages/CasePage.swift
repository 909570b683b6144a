import Foundation
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusRendering

/// One case: its narrative, its network drawn and tabulated, its timeline and sources,
/// and the good practices it exercises.
enum CasePage {
    struct Model: Sendable {
        let title: String
        let lang: String?
        let dir: String?
        let eyebrow: String
        let compositeNotice: String?
        let accessNotice: String?
        let facts: [Fact]
        let summaryHTML: String
        /// The language of the summary when it is not the page's, and its direction.
        let summaryLang: String?
        let summaryDir: String?
        let analysisHTML: String?
        let analysisLang: String?
        let analysisDir: String?
        let networkSVG: String?
        let networkEmpty: String?
        let relations: [Relation]
        let actors: [Actor]
        let events: [Event]
        let sources: [Source]
        let practices: [Link]
        let instruments: [Link]
        let updated: String
        /// The case's form, for those who may change it.
        let editHref: String?
        /// A new scenario built on the case, for those who design exercises.
        let scenarioHref: String?
        /// The case as a STIX 2.1 bundle.
        let stixHref: String
    }

    struct Fact: Sendable {
        let label: String
        let values: [Link]
        let help: String?
    }

    struct Link: Sendable {
        let label: String
        let href: String?
    }

    struct Relation: Sendable {
        let from: String
        let type: String
        let to: String
        let period: String?
        let note: String?
        let source: String
    }

    struct Actor: Sendable {
        let alias: String
        let type: String
        let size: String?
        let region: String?
        let active: String?
    }

    struct Event: Sendable {
        let date: String
        let text: String
        let source: String?
    }

    struct Source: Sendable {
        let id: String
        let citation: String
        let href: String?
        let grade: String
    }

    static func result(
        _ stored: StoredCase, route: CasesRoute, editHref: String? = nil, scenarioHref: String? = nil, _ env: PageEnvironment
    ) -> PageResult {
        let model = model(stored, editHref: editHref, scenarioHref: scenarioHref, env)
        var notices: [String] = []
        let record = stored.record
        let stale = record.staleFields(in: env.language)
        if !stale.isEmpty, env.language != record.sourceLanguage {
            let values = CaseFormValues(stored, textLanguage: env.language)
            let fields = stale.map { CaseMessages.label(of: $0, in: values, env.t) }
            notices.append(env.t(.caseStaleNotice, ["fields": fields.joined(separator: ", ")]))
        }
        if record.texts.contains(where: { !$0.text.isEmpty && $0.text[env.language] == nil }) {
            notices.append(env.t(.caseFallbackNotice, ["language": record.sourceLanguage.nativeName]))
        }
        let layout = PageLayout.make(
            route: .cases(route), language: env.language, title: model.title,
            description: MarkdownDocument(parsing: record.summary.resolve(env.language, source: record.sourceLanguage).text).plainText,
            t: env.t, notices: notices, canonical: .cases(route))
        return PageResult(template: "case", layout: layout, model: model)
    }

    static func model(_ stored: StoredCase, editHref: String? = nil, scenarioHref: String? = nil, _ env: PageEnvironment) -> Model {
        let record = stored.record
        let t = env.t
        func text(_ field: TranslatableText) -> String { field.resolve(env.language, source: record.sourceLanguage).text }
        let title = record.title.resolve(env.language, source: record.sourceLanguage)
        let aliases = Dictionary(uniqueKeysWithValues: record.actors.map { ($0.id, text($0.alias)) })
        let sourceNumbers = Dictionary(uniqueKeysWithValues: record.sources.enumerated().map { ($0.element.id, "[\($0.offset + 1)]") })
        let analysis = text(record.analysis)
        func foreign(_ field: TranslatableText) -> (lang: String?, dir: String?) {
            let language = field.resolve(env.language, source: record.sourceLanguage).language
            return language == env.language ? (nil, nil) : (language.code, language.isRightToLeft ? "rtl" : "ltr")
        }
        return Model(
            title: title.text, lang: title.language == env.language ? nil : title.language.code,
            dir: title.language == env.language ? nil : (title.language.isRightToLeft ? "rtl" : "ltr"),
            eyebrow: CaseLabels.origin(record.origin, t),
            compositeNotice: record.origin == .composite ? t(.caseCompositeNotice) : nil,
            accessNotice: accessNotice(record, t), facts: facts(record, env),
            summaryHTML: env.markdown.html(text(record.summary)), summaryLang: foreign(record.summary).lang,
            summaryDir: foreign(record.summary).dir, analysisHTML: analysis.isEmpty ? nil : env.markdown.html(analysis),
            analysisLang: foreign(record.analysis).lang, analysisDir: foreign(record.analysis).dir,
            networkSVG: record.actors.isEmpty ? nil : CaseNetworkView.svg(record, env),
            networkEmpty: record.actors.isEmpty ? t(.caseNetworkEmpty) : nil,
            relations: record.relationships.map { relation in
                Relation(
                    from: aliases[relation.from] ?? relation.from, type: CaseLabels.relation(relation.type, t),
                    to: aliases[relation.to] ?? relation.to, period: CasePeriod.text(relation.start, relation.end, env),
                    note: relation.note.isEmpty ? nil : text(relation.note), source: sourceNumbers[relation.source] ?? relation.source)
            },
            actors: record.actors.map { actor in
                Actor(
                    alias: text(actor.alias), type: CaseLabels.actorType(actor.type, t), size: actor.size.map { CaseLabels.size($0, t) },
                    region: actor.region.flatMap { env.snapshot.region($0) }.map { env.text($0.info).text.title },
                    active: CasePeriod.text(actor.activeFrom, actor.activeTo, env))
            },
            events: record.events.map { event in
                Event(
                    date: EvidenceDates.format(event.date, env.language), text: text(event.text),
                    source: event.source.flatMap { sourceNumbers[$0] })
            },
            sources: record.sources.enumerated().map { index, source in
                Source(
                    id: "\(index + 1)", citation: source.citation, href: source.url, grade: CaseLabels.grade(source.grade, t))
            },
            practices: record.practices.compactMap { env.snapshot.practice(slug: $0) }.map { practice in
                Link(label: env.fullLabel(of: practice), href: env.link(to: practice).href)
            },
            instruments: record.instruments.compactMap { env.snapshot.instrument(slug: $0) }.map { instrument in
                Link(label: env.text(instrument.info).text.title, href: env.href(.instrument(instrument.info.slug)))
            },
            updated: t(.caseUpdated, ["date": t.day(stored.updatedAt)]), editHref: editHref, scenarioHref: scenarioHref,
            stixHref: Route.cases(.api(.stix(record.id, env.language))).path)
    }

    private static func accessNotice(_ record: NexusCase, _ t: Localizer) -> String? {
        if record.status == .draft { return t(.caseDraftNotice) }
        switch record.publication {
        case .public: return nil
        case .registered: return t(.caseRegisteredNotice)
        case .restricted: return t(.caseRestrictedNotice)
        }
    }

    private static func facts(_ record: NexusCase, _ env: PageEnvironment) -> [Fact] {
        let t = env.t
        let concept = { (slug: String) in env.href(.conceptSection(slug)) }
        func plain(_ labels: [String]) -> [Link] { labels.map { Link(label: $0, href: nil) } }
        let rows: [(UIKey, [Link], String?)] = [
            (.casePeriod, plain([CasePeriod.text(record.periodStart, record.periodEnd, env)].compactMap { $0 }), nil),
            (
                .caseRegions,
                record.regions.compactMap { env.snapshot.region($0) }.map {
                    Link(label: env.text($0.info).text.title, href: env.href(.region($0.id)))
                }, nil
            ),
            (.caseCountries, plain(record.countries.map { EvidenceLabels.country($0, env.language) }), nil),
            (.caseMarkets, plain(record.markets.map { EvidenceLabels.market($0, t) }), nil),
            (
                .caseForm,
                [
                    Link(
                        label: EvidenceLabels.form(record.form, t),
                        href: concept(record.form == .transactional ? "transactional-nexus" : "organisational-nexus"))
                ],
                nil
            ),
            (.caseStage, [Link(label: CaseLabels.stage(record.stage, t), href: concept("coexistence-cooperation-convergence"))], t(.caseStageHelp)),
            (.caseFactors, plain(record.factors.map { EvidenceLabels.factor($0, t) }), nil),
            (.caseWatchPoints, record.watchPoints.map { Link(label: CaseLabels.watchPoint($0, t), href: concept("watch-points")) }, nil),
        ]
        return rows.filter { !$0.1.isEmpty }.map { Fact(label: t($0.0), values: $0.1, help: $0.2) }
    }
}
