import Logging
import NexusPersistence
import NexusApplication
import NexusDomain
import NexusRendering
import Foundation
import NexusLocalization

extension ContentForm {
    /// The label of a content field. A test checks that every field of the schema has one.
    static func labelKey(_ name: String) -> UIKey {
        switch name {
        case "status": .contentFieldStatus
        case "sources": .contentFieldSources
        case "order": .contentFieldOrder
        case "title": .contentFieldTitle
        case "summary": .contentFieldSummary
        case "status_note": .contentFieldStatusNote
        case "group": .contentFieldGroup
        case "letter": .contentFieldLetter
        case "number": .contentFieldNumber
        case "theme": .contentFieldTheme
        case "key_actors": .contentFieldKeyActors
        case "standards": .contentFieldStandards
        case "standards_basis": .contentFieldStandardsBasis
        case "initiatives": .contentFieldInitiatives
        case "initiatives_basis": .contentFieldInitiativesBasis
        case "related": .contentFieldRelated
        case "key_actions": .contentFieldKeyActions
        case "key_actors_note": .contentFieldKeyActorsNote
        case "year": .contentFieldYear
        case "instrument_kind": .contentFieldInstrumentKind
        case "url": .contentFieldURL
        case "short_title": .contentFieldShortTitle
        case "issuer": .contentFieldIssuer
        case "started": .contentFieldStarted
        case "ended": .contentFieldEnded
        case "organisation": .contentFieldOrganisation
        case "coverage": .contentFieldCoverage
        case "region": .contentFieldRegion
        case "country": .contentFieldCountry
        case "start": .contentFieldStart
        case "end": .contentFieldEnd
        case "themes": .contentFieldThemes
        case "city": .contentFieldCity
        case "partners": .contentFieldPartners
        case "documents": .contentFieldDocuments
        case "other_themes": .contentFieldOtherThemes
        case "agenda": .contentFieldAgenda
        default: .contentFieldOther
        }
    }
}
