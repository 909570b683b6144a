import Foundation
import NexusDomain
import NexusLocalization

/// A case's problems in the reader's words, each with the field it concerns.
enum CaseMessages {
    /// What is wrong, without the field.
    static func text(_ problem: CaseProblem, _ t: Localizer) -> String {
        switch problem.kind {
        case .missing: t(.problemMissing)
        case .tooLong(let maximum): t(.problemTooLong, ["maximum": t.number(maximum)])
        case .invalidIdentifier(let value): t(.problemInvalidIdentifier, ["value": Localizer.isolated(value)])
        case .duplicate(let value): t(.problemDuplicateID, ["value": Localizer.isolated(value)])
        case .unknownReference(let value):
            switch problem.field {
            case "regions",
                _ where problem.field.hasSuffix(".region"):
                t(.problemUnknownRegion, ["value": Localizer.isolated(value)])
            case "practices": t(.problemUnknownPractice, ["value": Localizer.isolated(value)])
            default: t(.problemUnknownInstrument, ["value": Localizer.isolated(value)])
            }
        case .unknownPart(let value): t(.problemUnknownPart, ["value": Localizer.isolated(value)])
        case .selfRelation: t(.problemSelfRelation)
        case .endBeforeStart: t(.problemEndBeforeStart)
        case .invalidURL(let value): t(.problemInvalidURL, ["value": Localizer.isolated(value)])
        case .noSources: t(.problemNoSources)
        case .tooMany(let maximum): t(.problemTooMany, ["maximum": t.number(maximum)])
        case .unreadable(let value):
            switch problem.field {
            case "countries": t(.problemUnknownCountry, ["value": Localizer.isolated(value)])
            case "period.start", "period.end",
                _
            where problem.field.hasSuffix(".date") || problem.field.hasSuffix(".start")
                || problem.field.hasSuffix(".end") || problem.field.hasSuffix(".from") || problem.field.hasSuffix(".to"):
                t(.problemInvalidPartialDate, ["value": Localizer.isolated(value)])
            default: t(.problemUnreadable, ["value": Localizer.isolated(value)])
            }
        }
    }

    /// "Actor 2 — alias: this field is required", naming rows by their place in the form.
    static func line(_ problem: CaseProblem, in values: CaseFormValues, _ t: Localizer) -> String {
        "\(label(of: problem.field, in: values, t)): \(text(problem, t))"
    }

    /// The form field a problem points to, for a link from the list of problems.
    static func anchor(of field: String, in values: CaseFormValues) -> String {
        let parts = field.split(separator: ".").map(String.init)
        guard parts.count >= 2, let (rows, index) = row(parts[0], id: parts[1], in: values) else {
            return "f-" + (singleFields[field] ?? field.replacingOccurrences(of: ".", with: "_"))
        }
        let part = parts.count > 2 ? (parts[2] == "grade" ? "reliability" : parts[2]) : (rows == .event ? "date" : "from")
        return "f-" + CaseFormValues.name(rows, index, part)
    }

    /// The form's name of a case field where the two differ.
    private static let singleFields = ["period": "period_start", "period.start": "period_start", "period.end": "period_end"]

    /// A field's name in the reader's words: "Actor 2 — Alias".
    static func label(of field: String, in values: CaseFormValues, _ t: Localizer) -> String {
        let parts = field.split(separator: ".").map(String.init)
        guard parts.count >= 2, let (rows, index) = row(parts[0], id: parts[1], in: values) else { return t(fieldKey(field)) }
        let name: UIKey =
            switch rows {
            case .source: .caseFormSourceNumber
            case .actor: .caseFormActorNumber
            case .relation: .caseFormRelationNumber
            case .event: .caseFormEventNumber
            }
        let rowLabel = t(name, ["number": t.number(index + 1)])
        guard parts.count > 2 else { return rowLabel }
        return "\(rowLabel) — \(t(partKey(rows, parts[2])))"
    }

    private static func row(_ list: String, id: String, in values: CaseFormValues) -> (CaseFormValues.Rows, Int)? {
        // Numbered as the form shows the rows, blank ones included.
        let found: (CaseFormValues.Rows, Int?) =
            switch list {
            case "sources": (.source, values.sources.firstIndex { $0.id == id })
            case "actors": (.actor, values.actors.firstIndex { $0.id == id })
            case "relationships": (.relation, values.relations.firstIndex { $0.id == id })
            case "events": (.event, values.events.firstIndex { $0.id == id })
            default: (.source, nil)
            }
        return found.1.map { (found.0, $0) }
    }

    private static func fieldKey(_ field: String) -> UIKey {
        switch field {
        case "id": .caseFormID
        case "title": .caseFormTitle
        case "summary": .caseFormSummary
        case "analysis": .caseFormAnalysis
        case "status": .caseFormStatus
        case "publication": .caseFormPublication
        case "origin": .caseFacetOrigin
        case "period", "period.start": .caseFormPeriodStart
        case "period.end": .caseFormPeriodEnd
        case "regions": .caseRegions
        case "countries": .caseCountries
        case "markets": .caseMarkets
        case "form": .caseForm
        case "stage": .caseStage
        case "factors": .caseFactors
        case "watchPoints": .caseWatchPoints
        case "practices": .casePracticesHeading
        case "instruments": .caseInstrumentsHeading
        case "sources": .caseSourcesHeading
        case "actors": .caseActorsHeading
        case "relationships": .caseRelationsHeading
        case "events": .caseTimelineHeading
        default: .caseFormTitle
        }
    }

    private static func partKey(_ rows: CaseFormValues.Rows, _ part: String) -> UIKey {
        switch (rows, part) {
        case (.source, "citation"): .caseFormCitation
        case (.source, "url"): .caseFormURL
        case (.source, _): .caseSourceGrade
        case (.actor, "alias"): .caseActorAlias
        case (.actor, "type"): .caseActorType
        case (.actor, "size"): .caseActorSize
        case (.actor, "region"): .caseActorRegion
        case (.actor, "to"): .caseFormActiveTo
        case (.actor, _): .caseFormActiveFrom
        case (.relation, "from"): .caseRelationFrom
        case (.relation, "to"): .caseRelationTo
        case (.relation, "type"): .caseRelationType
        case (.relation, "source"): .caseRelationSource
        case (.relation, "note"): .caseFormNote
        case (.relation, "end"): .caseFormPeriodEnd
        case (.relation, _): .caseFormPeriodStart
        case (.event, "text"): .caseFormEventText
        case (.event, "source"): .caseRelationSource
        case (.event, _): .caseFormEventDate
        }
    }
}
