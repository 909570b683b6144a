import Logging
import Foundation
import Hummingbird
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// What is missing, stale and done in each of a translator's languages, item by item,
/// with the fields of stale items that the English text changed.
struct TranslationDashboard {
    struct Row: Sendable {
        let title: String
        /// The language of the title, the original's.
        let titleLang: String
        let titleDir: String
        let kind: String
        let href: String
        let isMissing: Bool
        let isStale: Bool
        let isDone: Bool
        let changedFields: String?
    }

    struct Section: Sendable {
        let language: String
        let lang: String
        let summary: String
        let rows: [Row]
    }

    struct Model: Sendable {
        let title: String
        let intro: String
        let sections: [Section]
        let showAllHref: String
        let showTodoHref: String
        let showsAll: Bool
    }

    let app: SignedInPage

    func answer(languages: [Language]) async throws -> Response {
        let t = app.t
        let snapshot = app.services.store.snapshot
        let showsAll = app.request.formQuery["show"] == "all"
        let published = app.services.store.documents
        // The English histories of every stale item, read at once.
        let stale = Set(
            languages.flatMap { language in
                ContentKind.allCases.flatMap { snapshot.infos(of: $0) }.filter { $0.text.staleLanguages.contains(language) }.map(\.id)
            })
        let englishHistories = try await app.services.content.sourceRevisions(of: stale)
        let principal = app.identity.principal
        let cases = try await readableCases()
        let scenarios = Authorization.allows(principal, .designExercises) ? try await readableScenarios() : []
        var sections: [Section] = []
        for language in languages {
            var rows: [Row] = []
            var counts = (missing: 0, stale: 0, done: 0)
            // The toolkit and the cases in the languages one translates; scenarios in any
            // language but their own for those who design them.
            let translates = language != .source && Authorization.allows(principal, .translate(language))
            for kind in ContentKind.allCases where translates {
                for info in snapshot.infos(of: kind) {
                    let missing = info.text.texts[language] == nil
                    let stale = !missing && info.text.staleLanguages.contains(language)
                    if missing { counts.missing += 1 } else if stale { counts.stale += 1 } else { counts.done += 1 }
                    guard showsAll || missing || stale else { continue }
                    var changed: String?
                    if stale, let translation = published[ContentDocumentKey(item: info.id, language: language)] {
                        changed = changedFields(info.id, translation: translation, english: englishHistories[info.id] ?? [])
                    }
                    rows.append(
                        Row(
                            title: info.text.source.title, titleLang: Language.source.code, titleDir: "ltr",
                            kind: t(EditIndexModel.heading(kind)),
                            href: Route.translation(.page(app.language, .item(target: language, kind, info.slug))).path,
                            isMissing: missing, isStale: stale, isDone: !missing && !stale, changedFields: changed))
                }
            }
            for stored in cases where translates && stored.record.sourceLanguage != language {
                let record = stored.record
                let state = record.translationState(in: language)
                let (missing, stale) = Self.count(state, into: &counts)
                guard showsAll || missing || stale else { continue }
                let values = CaseFormValues(stored, textLanguage: language)
                let named = stale ? state.stale : (record.title[language] == nil ? [] : state.missing)
                let fields = named.map { CaseMessages.label(of: $0, in: values, t) }
                rows.append(
                    Row(
                        title: record.title[record.sourceLanguage] ?? record.id.rawValue, titleLang: record.sourceLanguage.code,
                        titleDir: record.sourceLanguage.isRightToLeft ? "rtl" : "ltr", kind: t(.navCases),
                        href: Route.translation(.page(app.language, .caseItem(target: language, record.id))).path,
                        isMissing: missing, isStale: stale, isDone: !missing && !stale,
                        changedFields: fields.isEmpty ? nil : fields.joined(separator: ", ")))
            }
            rows += scenarioRows(scenarios, in: language, showsAll: showsAll, counts: &counts)
            guard counts.missing + counts.stale + counts.done > 0 else { continue }
            sections.append(
                Section(
                    language: language.nativeName, lang: language.code,
                    summary: t(
                        .translateSummary, ["missing": t.number(counts.missing), "stale": t.number(counts.stale), "done": t.number(counts.done)]),
                    rows: rows))
        }
        let base = Route.translation(.page(app.language, .dashboard)).path
        let model = Model(
            title: t(.navTranslate), intro: t(.translateIntro), sections: sections,
            showAllHref: "\(base)?show=all", showTodoHref: base, showsAll: showsAll)
        return app.render(
            PageResult(template: "translations", layout: app.layout(model.title, route: .translation(.page(app.language, .dashboard))), model: model))
    }

    /// Whether a record's translation is missing or stale, counted into `counts`. A stale
    /// field is the first thing to mend, so a record with one counts as stale.
    static func count(_ state: TranslationState, into counts: inout (missing: Int, stale: Int, done: Int)) -> (missing: Bool, stale: Bool) {
        let stale = !state.stale.isEmpty
        let missing = !stale && !state.missing.isEmpty
        if missing { counts.missing += 1 } else if stale { counts.stale += 1 } else { counts.done += 1 }
        return (missing, stale)
    }

    /// The cases the translator may read, a page at a time.
    private func readableCases() async throws -> [StoredCase] {
        var cases: [StoredCase] = []
        var total = 1
        while cases.count < total {
            let page = try await app.services.cases.page(CaseFilter(), as: app.identity.principal, limit: 200, offset: cases.count)
            cases += page.cases
            total = page.cases.isEmpty ? cases.count : page.total
        }
        return cases
    }

    /// The labels of the fields the English text changed since the translation was made.
    private func changedFields(_ item: ContentItemID, translation: ContentDocument, english: [ContentRepository.Revision]) -> String? {
        guard let recorded = translation.translatedSourceHash,
            let current = english.first(where: \.isPublished)?.document,
            let old = english.first(where: { SourceHash.of($0.document) == recorded })?.document
        else { return nil }
        let names = ContentSchema.fields(for: item.kind).filter(\.isTranslatable).map(\.name)
        var changed = names.filter { old.fields[$0] != current.fields[$0] }.map { app.t(ContentForm.labelKey($0)) }
        if old.body.trimmingCharacters(in: .whitespacesAndNewlines) != current.body.trimmingCharacters(in: .whitespacesAndNewlines) {
            changed.append(app.t(.contentFieldBody))
        }
        return changed.isEmpty ? nil : changed.joined(separator: ", ")
    }
}
