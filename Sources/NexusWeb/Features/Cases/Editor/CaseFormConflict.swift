import Foundation
import NexusDomain
import NexusLocalization

/// What an editor sees when someone else saved the case after their form was loaded: who,
/// when, and which parts of the case that save changed. The form keeps what the editor
/// typed, now against the newer revision, so saving again is a choice made knowingly.
struct CaseFormConflict: Sendable {
    let title: String
    let body: String
    let changesHeading: String
    let changes: [String]

    init(current: StoredCase, loaded: NexusCase?, t: Localizer) {
        title = t(.caseConflictTitle)
        body = t(
            .caseConflictBody,
            ["author": Localizer.isolated(current.updatedBy), "number": t.number(current.revision), "date": t.moment(current.updatedAt)])
        changesHeading = t(.caseConflictChanges)
        changes = loaded.map { Self.changed(from: $0, to: current.record).map { t($0) } } ?? []
    }

    /// The parts of a case that differ between two versions, named as the form names them.
    static func changed(from old: NexusCase, to new: NexusCase) -> [UIKey] {
        let parts: [(UIKey, Bool)] = [
            (.caseFormTitle, old.title != new.title),
            (.caseFormSummary, old.summary != new.summary),
            (.caseFormAnalysis, old.analysis != new.analysis),
            (.caseFormStatus, old.status != new.status),
            (.caseFormPublication, old.publication != new.publication || old.restrictedTo != new.restrictedTo),
            (.caseFacetOrigin, old.origin != new.origin),
            (.casePeriod, old.periodStart != new.periodStart || old.periodEnd != new.periodEnd),
            (.caseRegions, old.regions != new.regions),
            (.caseCountries, old.countries != new.countries),
            (.caseMarkets, old.markets != new.markets),
            (.caseForm, old.form != new.form),
            (.caseStage, old.stage != new.stage),
            (.caseFactors, old.factors != new.factors),
            (.caseWatchPoints, old.watchPoints != new.watchPoints),
            (.casePracticesHeading, old.practices != new.practices),
            (.caseInstrumentsHeading, old.instruments != new.instruments),
            (.caseSourcesHeading, old.sources != new.sources),
            (.caseActorsHeading, old.actors != new.actors),
            (.caseRelationsHeading, old.relationships != new.relationships),
            (.caseTimelineHeading, old.events != new.events),
        ]
        return parts.filter(\.1).map(\.0)
    }
}
