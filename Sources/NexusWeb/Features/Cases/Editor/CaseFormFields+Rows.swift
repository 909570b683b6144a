import Foundation
import NexusDomain
import NexusLocalization
import NexusRendering

extension FormFields {
    /// The sources, actors, relationships and events, each row in its fieldset.
    var groups: [FormRowGroup] {
        [sourceGroup, actorGroup, relationGroup, eventGroup]
    }

    private typealias Rows = CaseFormValues.Rows

    private func name(_ rows: Rows, _ index: Int, _ field: String) -> String { CaseFormValues.name(rows, index, field) }

    private func invalid(_ rows: Rows, _ index: Int, _ field: String) -> Bool {
        invalid.contains("f-" + name(rows, index, field))
    }

    /// The hidden identifier and the removal checkbox every row has.
    private func frame(_ rows: Rows, _ index: Int, id: String, remove: Bool) -> (id: FormField, remove: FormField) {
        (
            FormField(.hidden, name: name(rows, index, "id"), label: "", value: id),
            FormField(.checkbox, name: name(rows, index, "remove"), label: env.t(.caseFormRemoveRow), value: remove ? "1" : "")
        )
    }

    private func group(_ rows: Rows, _ heading: UIKey, help: UIKey?, add: UIKey, _ made: [FormRow]) -> FormRowGroup {
        FormRowGroup(
            id: "group-\(rows.rawValue)", heading: env.t(heading), help: help.map { env.t($0) }, rows: made, addLabel: env.t(add),
            addValue: "add-\(rows.rawValue)")
    }

    private func rowText(_ rows: Rows, _ index: Int, _ field: String, _ label: UIKey, value: String, stored: TranslatableText?, help: UIKey? = nil)
        -> FormField
    {
        let source = base?.sourceLanguage ?? values.sourceLanguage
        let translating = values.textLanguage != source
        let original = translating ? stored?[source].map { (text: $0, language: source) } : nil
        return FormField(
            .line, name: name(rows, index, field), label: env.t(label), help: help.map { env.t($0) }, value: value,
            invalid: invalid(rows, index, field), language: values.textLanguage, original: original,
            isStale: translating && (stored?.isStale(values.textLanguage, source: source) ?? false))
    }

    private func date(_ rows: Rows, _ index: Int, _ field: String, _ label: UIKey, _ value: String) -> FormField {
        FormField(
            .line, name: name(rows, index, field), label: env.t(label), help: env.t(.caseFormDateHelp), value: value,
            invalid: invalid(rows, index, field))
    }

    /// The case's sources, for relationships and events to cite.
    private var sourceChoices: [(String, String)] {
        values.sources.enumerated().map { index, row in
            let citation = row.citation.count > 60 ? String(row.citation.prefix(59)) + "…" : row.citation
            return (row.id, "[\(index + 1)] " + (citation.isEmpty ? row.id : citation))
        }
    }

    /// The case's actors, for relationships to connect.
    private var actorChoices: [(String, String)] {
        values.actors.enumerated().map { index, row in
            (row.id, env.t(.caseFormActorNumber, ["number": env.t.number(index + 1)]) + (row.alias.isEmpty ? "" : " · " + row.alias))
        }
    }

    private var sourceGroup: FormRowGroup {
        let t = env.t
        let rows = values.sources.enumerated().map { index, row in
            let frame = frame(.source, index, id: row.id, remove: row.remove)
            return FormRow(
                legend: t(.caseFormSourceNumber, ["number": t.number(index + 1)]),
                fields: [
                    frame.id,
                    FormField(
                        .text, name: name(.source, index, "citation"), label: t(.caseFormCitation), help: t(.caseFormCitationHelp),
                        value: row.citation, invalid: invalid(.source, index, "citation"), rows: 2),
                    FormField(
                        .line, name: name(.source, index, "url"), label: t(.caseFormURL), value: row.url, invalid: invalid(.source, index, "url"),
                        language: .en),
                    .select(
                        name(.source, index, "reliability"), t(.caseFormReliability), value: row.reliability,
                        AdmiraltyGrade.Reliability.allCases.map { ($0.rawValue, "\($0.rawValue) — \(CaseLabels.reliability($0, t))") },
                        invalid: invalid(.source, index, "reliability")),
                    .select(
                        name(.source, index, "credibility"), t(.caseFormCredibility), value: row.credibility,
                        AdmiraltyGrade.Credibility.allCases.map { ("\($0.rawValue)", "\($0.rawValue) — \(CaseLabels.credibility($0, t))") }),
                    frame.remove,
                ])
        }
        return group(.source, .caseSourcesHeading, help: .caseSourceGradeHelp, add: .caseFormAddSource, rows)
    }

    private var actorGroup: FormRowGroup {
        let t = env.t
        let stored = Dictionary((base?.actors ?? []).map { ($0.id, $0.alias) }, uniquingKeysWith: { first, _ in first })
        let rows = values.actors.enumerated().map { index, row in
            let frame = frame(.actor, index, id: row.id, remove: row.remove)
            return FormRow(
                legend: t(.caseFormActorNumber, ["number": t.number(index + 1)]),
                fields: [
                    frame.id,
                    .select(
                        name(.actor, index, "type"), t(.caseActorType), value: row.type,
                        CaseActorType.allCases.map { ($0.rawValue, CaseLabels.actorType($0, t)) }, blank: "—",
                        invalid: invalid(.actor, index, "type")),
                    rowText(.actor, index, "alias", .caseActorAlias, value: row.alias, stored: stored[row.id], help: .caseFormAliasHelp),
                    .select(
                        name(.actor, index, "size"), t(.caseActorSize), value: row.size,
                        ActorSize.allCases.map { ($0.rawValue, CaseLabels.size($0, t)) }, blank: "—"),
                    .select(
                        name(.actor, index, "region"), t(.caseActorRegion), value: row.region,
                        env.snapshot.regions.map { ($0.info.slug, env.text($0.info).text.title) }, blank: "—",
                        invalid: invalid(.actor, index, "region")),
                    date(.actor, index, "from", .caseFormActiveFrom, row.from),
                    date(.actor, index, "to", .caseFormActiveTo, row.to),
                    frame.remove,
                ])
        }
        return group(.actor, .caseActorsHeading, help: .caseFormActorsHelp, add: .caseFormAddActor, rows)
    }

    private var relationGroup: FormRowGroup {
        let t = env.t
        let stored = Dictionary((base?.relationships ?? []).map { ($0.id, $0.note) }, uniquingKeysWith: { first, _ in first })
        let actors = actorChoices
        let rows = values.relations.enumerated().map { index, row in
            let frame = frame(.relation, index, id: row.id, remove: row.remove)
            return FormRow(
                legend: t(.caseFormRelationNumber, ["number": t.number(index + 1)]),
                fields: [
                    frame.id,
                    .select(
                        name(.relation, index, "from"), t(.caseRelationFrom), value: row.from, actors, blank: "—",
                        invalid: invalid(.relation, index, "from")),
                    .select(
                        name(.relation, index, "type"), t(.caseRelationType), value: row.type,
                        RelationshipType.allCases.map { ($0.rawValue, CaseLabels.relation($0, t)) }, blank: "—",
                        invalid: invalid(.relation, index, "type")),
                    .select(
                        name(.relation, index, "to"), t(.caseRelationTo), value: row.to, actors, blank: "—", invalid: invalid(.relation, index, "to")),
                    date(.relation, index, "start", .caseFormPeriodStart, row.start),
                    date(.relation, index, "end", .caseFormPeriodEnd, row.end),
                    .select(
                        name(.relation, index, "source"), t(.caseRelationSource), value: row.source, sourceChoices, blank: "—",
                        invalid: invalid(.relation, index, "source")),
                    rowText(.relation, index, "note", .caseFormNote, value: row.note, stored: stored[row.id]),
                    frame.remove,
                ])
        }
        return group(.relation, .caseRelationsHeading, help: .caseFormRelationsHelp, add: .caseFormAddRelation, rows)
    }

    private var eventGroup: FormRowGroup {
        let t = env.t
        let stored = Dictionary((base?.events ?? []).map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let rows = values.events.enumerated().map { index, row in
            let frame = frame(.event, index, id: row.id, remove: row.remove)
            return FormRow(
                legend: t(.caseFormEventNumber, ["number": t.number(index + 1)]),
                fields: [
                    frame.id,
                    date(.event, index, "date", .caseFormEventDate, row.date),
                    rowText(.event, index, "text", .caseFormEventText, value: row.text, stored: stored[row.id]),
                    .select(name(.event, index, "source"), t(.caseRelationSource), value: row.source, sourceChoices, blank: "—"),
                    frame.remove,
                ])
        }
        return group(.event, .caseTimelineHeading, help: nil, add: .caseFormAddEvent, rows)
    }
}
