import Foundation
import NexusApplication
import NexusDomain
import NexusLocalization
import NexusPersistence

extension TranslationDashboard {
    /// The scenarios whose texts are missing or stale in `language`, each naming those
    /// texts; all of them when `showsAll`.
    func scenarioRows(
        _ scenarios: [StoredScenario], in language: Language, showsAll: Bool, counts: inout (missing: Int, stale: Int, done: Int)
    ) -> [Row] {
        var rows: [Row] = []
        for stored in scenarios where stored.record.sourceLanguage != language {
            let record = stored.record
            let state = record.translationState(in: language)
            let (missing, stale) = Self.count(state, into: &counts)
            guard showsAll || missing || stale else { continue }
            // A few places are enough to say where the work is; the form shows them all.
            let named = (stale ? state.stale : state.missing).prefix(6)
            let fields = named.map { ScenarioFieldLabel.label(of: ScenarioFieldPath.jsonPath(of: $0, in: record), app.t) }
            let more = (stale ? state.stale : state.missing).count - named.count
            rows.append(
                Row(
                    title: record.title[record.sourceLanguage] ?? record.id.rawValue, titleLang: record.sourceLanguage.code,
                    titleDir: record.sourceLanguage.isRightToLeft ? "rtl" : "ltr", kind: app.t(.scenariosTitle),
                    href: Route.translation(.page(app.language, .scenarioItem(target: language, record.id))).path,
                    isMissing: missing, isStale: stale, isDone: !missing && !stale,
                    changedFields: fields.isEmpty
                        ? nil : (fields + (more > 0 ? [app.t(.translateMoreFields, ["count": app.t.number(more)])] : [])).joined(separator: "; ")))
        }
        return rows
    }

    /// The scenarios, a page at a time.
    func readableScenarios() async throws -> [StoredScenario] {
        var scenarios: [StoredScenario] = []
        var total = 1
        while scenarios.count < total {
            let page = try await app.services.app.scenarios.page(as: app.identity.principal, limit: 200, offset: scenarios.count)
            scenarios += page.scenarios
            total = page.scenarios.isEmpty ? scenarios.count : page.total
        }
        return scenarios
    }
}
