import NexusDomain
import NexusLocalization

/// The reader's words for the case vocabularies: one exhaustive switch per vocabulary, so a
/// value added without its words does not compile.
enum CaseLabels {
    static func stage(_ value: NexusStage, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .coexistence: .stageCoexistence
            case .cooperation: .stageCooperation
            case .convergence: .stageConvergence
            case .transformation: .stageTransformation
            }
        return t(key)
    }

    static func watchPoint(_ value: WatchPoint, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .prisons: .watchPointPrisons
            case .cyberspace: .watchPointCyberspace
            case .limitedGovernance: .watchPointLimitedGovernanceAreas
            case .sharedNeeds: .watchPointSharedNeeds
            case .sharedMarkets: .watchPointSharedMarkets
            case .corruptOfficials: .watchPointCorruptOfficials
            }
        return t(key)
    }

    static func actorType(_ value: CaseActorType, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .organisedCrimeGroup: .caseActorTypeOrganisedCrimeGroup
            case .terroristGroup: .caseActorTypeTerroristArmedGroup
            case .hybridGroup: .caseActorTypeHybridGroup
            case .facilitator: .caseActorTypeFacilitator
            case .corruptOfficial: .caseActorTypeCorruptOfficial
            case .legitimateBusiness: .caseActorTypeLegitimateBusiness
            case .stateBody: .caseActorTypeStateBody
            case .community: .caseActorTypeCommunity
            }
        return t(key)
    }

    static func size(_ value: ActorSize, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .individual: .actorSizeIndividual
            case .small: .actorSizeSmall
            case .medium: .actorSizeMedium
            case .large: .actorSizeLarge
            }
        return t(key)
    }

    static func relation(_ value: RelationshipType, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .supplies: .relationSupplies
            case .finances: .relationFinances
            case .protects: .relationProtects
            case .recruitsFrom: .relationRecruitsFrom
            case .tradesWith: .relationTradesWith
            case .laundersFor: .relationLaundersFor
            case .transformsInto: .relationTransformsInto
            case .bribes: .relationBribes
            case .extorts: .relationExtorts
            case .transportsFor: .relationTransportsFor
            case .shelters: .relationShelters
            case .partOf: .relationPartOf
            }
        return t(key)
    }

    /// "B2 — usually reliable, probably true".
    static func grade(_ grade: AdmiraltyGrade, _ t: Localizer) -> String {
        "\(grade) — \(reliability(grade.reliability, t)), \(credibility(grade.credibility, t))"
    }

    static func reliability(_ value: AdmiraltyGrade.Reliability, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .a: .reliabilityA
            case .b: .reliabilityB
            case .c: .reliabilityC
            case .d: .reliabilityD
            case .e: .reliabilityE
            case .f: .reliabilityF
            }
        return t(key)
    }

    static func credibility(_ value: AdmiraltyGrade.Credibility, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .confirmed: .credibility1
            case .probable: .credibility2
            case .possible: .credibility3
            case .doubtful: .credibility4
            case .improbable: .credibility5
            case .cannotBeJudged: .credibility6
            }
        return t(key)
    }

    static func origin(_ value: CaseOrigin, _ t: Localizer) -> String {
        t(value == .composite ? .caseCompositeLabel : .caseDocumentedLabel)
    }

    static func facet(_ facet: CaseFacet) -> UIKey {
        switch facet {
        case .region: .caseFacetRegion
        case .country: .caseFacetCountry
        case .market: .caseFacetMarket
        case .form: .caseFacetForm
        case .stage: .caseFacetStage
        case .practice: .caseFacetPractice
        case .instrument: .caseFacetInstrument
        case .year: .caseFacetYear
        case .origin: .caseFacetOrigin
        case .language: .caseFacetLanguage
        }
    }
}
