import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The reader's words for the coded values of choice fields (statuses, groups, kinds),
/// shared by the public pages and the editing forms so that both say the same thing.
enum ChoiceLabels {
    /// The label of `value` in the field named `field`; a value without one is shown as it is.
    static func label(field: String, value: String, _ t: Localizer) -> String {
        switch field {
        case "status": ContentStatus(rawValue: value).map { status(of: $0, t) } ?? value
        case "group": conceptGroup(value, t)
        case "instrument_kind": instrumentKind(value, t)
        case "standards_basis", "initiatives_basis": LinkBasis(rawValue: value).map { basis($0, t) } ?? value
        case "themes": thematicArea(value, t)
        default: value
        }
    }

    static func status(of status: ContentStatus, _ t: Localizer) -> String {
        switch status {
        case .confirmed: t(.statusConfirmed)
        case .partlyConfirmed: t(.statusPartlyConfirmed)
        case .numberPending: t(.statusNumberPending)
        case .awaitingOfficialText: t(.statusAwaitingOfficialText)
        }
    }

    static func conceptGroup(_ group: String, _ t: Localizer) -> String {
        switch group {
        case "forms": t(.conceptGroupForms)
        case "contexts": t(.conceptGroupContexts)
        case "factors": t(.conceptGroupFactors)
        case "watch-points": t(.conceptGroupWatchPoints)
        case "further-reading": t(.conceptGroupFurtherReading)
        case "background": t(.conceptGroupBackground)
        default: group
        }
    }

    static func instrumentKind(_ kind: String, _ t: Localizer) -> String {
        switch kind {
        case "convention": t(.instrumentKindConvention)
        case "protocol": t(.instrumentKindProtocol)
        case "resolution": t(.instrumentKindResolution)
        case "strategy": t(.instrumentKindStrategy)
        case "recommendations": t(.instrumentKindRecommendations)
        case "memorandum": t(.instrumentKindMemorandum)
        case "guidelines": t(.instrumentKindGuidelines)
        case "declaration": t(.instrumentKindDeclaration)
        default: kind
        }
    }

    static func basis(_ basis: LinkBasis, _ t: Localizer) -> String {
        switch basis {
        case .official: t(.basisOfficial)
        case .editorial: t(.basisEditorial)
        }
    }

    static func thematicArea(_ area: String, _ t: Localizer) -> String {
        switch area {
        case "research-and-information-sharing": t(.thematicAreaResearch)
        case "local-engagement": t(.thematicAreaLocalEngagement)
        case "capacity-building-and-law-enforcement": t(.thematicAreaCapacity)
        default: area
        }
    }
}
