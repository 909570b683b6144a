import Foundation
import NexusDomain

extension CaseFormValues {
    /// The case the form describes, on top of `base` (the stored case being edited): the
    /// form's texts replace those of its text language, and the other languages' texts are
    /// kept, marked stale where the original changed. Values that cannot be read — a date,
    /// a country code, a choice not on the list — are problems, and left out of the case;
    /// ``CaseValidation`` finds the rest.
    func converted(base: NexusCase?) -> (record: NexusCase, problems: [CaseProblem]) {
        var problems: [CaseProblem] = []
        let source = base?.sourceLanguage ?? sourceLanguage
        func text(_ value: String, _ field: TranslatableText?) -> TranslatableText {
            var text = field ?? TranslatableText()
            text.set(value, in: textLanguage, source: source)
            return text
        }
        func date(_ value: String, _ field: String) -> PartialDate? {
            guard !value.isEmpty else { return nil }
            guard let date = PartialDate(value) else {
                problems.append(CaseProblem(field, .unreadable(value)))
                return nil
            }
            return date
        }
        func choice<Value: RawRepresentable<String>>(_ value: String, _ field: String, required: Bool = true) -> Value? {
            if value.isEmpty {
                if required { problems.append(CaseProblem(field, .missing)) }
                return nil
            }
            guard let chosen = Value(rawValue: value) else {
                problems.append(CaseProblem(field, .unreadable(value)))
                return nil
            }
            return chosen
        }
        func choices<Value: RawRepresentable<String>>(_ values: [String], _ field: String) -> [Value] {
            values.compactMap { choice($0, field) }
        }
        let countryCodes = countries.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).compactMap { code in
            let found = CountryCode(code)
            if found == nil { problems.append(CaseProblem("countries", .unreadable(String(code)))) }
            return found
        }
        let baseActors = Dictionary((base?.actors ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let baseRelations = Dictionary((base?.relationships ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let baseEvents = Dictionary((base?.events ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = withoutDroppedRows
        let caseSources: [CaseSource] = kept.sources.map { row in
            let field = "sources.\(row.id)"
            let grade = AdmiraltyGrade(row.reliability + row.credibility)
            if grade == nil { problems.append(CaseProblem(field + ".grade", .unreadable(row.reliability + row.credibility))) }
            return CaseSource(
                id: row.id, citation: row.citation, url: row.url.isEmpty ? nil : row.url, grade: grade ?? AdmiraltyGrade(.f, .cannotBeJudged))
        }
        let caseActors: [CaseActor] = kept.actors.map { row in
            let field = "actors.\(row.id)"
            return CaseActor(
                id: row.id, type: choice(row.type, field + ".type") ?? .organisedCrimeGroup, alias: text(row.alias, baseActors[row.id]?.alias),
                size: choice(row.size, field + ".size", required: false), region: row.region.isEmpty ? nil : RegionID(row.region),
                activeFrom: date(row.from, field + ".from"), activeTo: date(row.to, field + ".to"))
        }
        let caseRelations: [CaseRelationship] = kept.relations.map { row in
            let field = "relationships.\(row.id)"
            return CaseRelationship(
                id: row.id, from: row.from, to: row.to, type: choice(row.type, field + ".type") ?? .tradesWith,
                start: date(row.start, field + ".start"), end: date(row.end, field + ".end"), source: row.source,
                note: text(row.note, baseRelations[row.id]?.note))
        }
        let caseEvents: [CaseEvent] = kept.events.compactMap { row in
            let field = "events.\(row.id)"
            guard let day = date(row.date, field + ".date") else {
                if row.date.isEmpty { problems.append(CaseProblem(field + ".date", .missing)) }
                return nil
            }
            return CaseEvent(id: row.id, date: day, text: text(row.text, baseEvents[row.id]?.text), source: row.source.isEmpty ? nil : row.source)
        }
        let record = NexusCase(
            id: CaseID(base?.id.rawValue ?? id), status: choice(status, "status") ?? .draft,
            publication: choice(publication, "publication") ?? .public,
            restrictedTo: Set(restrictedTo.compactMap { Role(rawValue: $0) }), origin: choice(origin, "origin") ?? .documented,
            sourceLanguage: source, title: text(title, base?.title), summary: text(summary, base?.summary),
            analysis: text(analysis, base?.analysis), periodStart: date(periodStart, "period.start"),
            periodEnd: date(periodEnd, "period.end"), regions: regions.map { RegionID($0) }, countries: countryCodes,
            markets: choices(markets, "markets"), form: choice(form, "form") ?? .transactional,
            stage: choice(stage, "stage") ?? .coexistence, factors: choices(factors, "factors"),
            watchPoints: choices(watchPoints, "watchPoints"), practices: practices, instruments: instruments,
            sources: caseSources, actors: caseActors, relationships: caseRelations, events: caseEvents)
        return (record.normalized, problems)
    }
}
