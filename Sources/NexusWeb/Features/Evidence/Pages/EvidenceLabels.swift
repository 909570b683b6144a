import NexusApplication
import NexusPersistence
import Foundation
import NexusDomain
import NexusRendering
import NexusLocalization

/// The reader's words for the evidence vocabularies and for countries: one exhaustive
/// switch per vocabulary, so a value added without its words does not compile.
enum EvidenceLabels {
    static func category(_ value: StakeholderCategory, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .government: .categoryGovernmentAgency
            case .internationalOrganisation: .categoryInternationalOrganisation
            case .regionalOrganisation: .categoryRegionalOrganisation
            case .nationalOrganisation: .categoryNationalOrganisation
            case .academia: .categoryAcademia
            case .privateSector: .categoryPrivateSector
            case .civilSociety: .categoryCivilSociety
            }
        return t(key)
    }

    static func kind(_ value: FindingKind, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .manifestation: .findingKindManifestation
            case .enablingFactor: .findingKindEnablingFactor
            case .challenge: .findingKindChallenge
            case .promisingPractice: .findingKindPromisingPractice
            }
        return t(key)
    }

    static func market(_ value: CrimeMarket, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .humanTrafficking: .marketHumanTrafficking
            case .humanSmuggling: .marketHumanSmuggling
            case .extortion: .marketExtortionProtectionRacketeering
            case .armsTrafficking: .marketArmsTrafficking
            case .counterfeitGoods: .marketCounterfeitGoods
            case .excisableGoods: .marketIllicitExcisableGoods
            case .floraCrimes: .marketFloraCrimes
            case .faunaCrimes: .marketFaunaCrimes
            case .nonRenewableResources: .marketNonRenewableResourceCrimes
            case .heroin: .marketHeroinTrade
            case .cocaine: .marketCocaineTrade
            case .cannabis: .marketCannabisTrade
            case .syntheticDrugs: .marketSyntheticDrugTrade
            case .cyberDependent: .marketCyberDependentCrimes
            case .financialCrimes: .marketFinancialCrimes
            case .kidnappingForRansom: .marketKidnappingForRansom
            case .culturalProperty: .marketCulturalPropertyTrafficking
            }
        return t(key)
    }

    static func factor(_ value: EnablingFactor, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .conflict: .factorConflictInstability
            case .weakRuleOfLaw: .factorWeakRuleOfLaw
            case .porousBorders: .factorPorousBorders
            case .corruption: .factorCorruption
            case .weakInstitutions: .factorWeakInstitutionsLawEnforcement
            case .limitedGovernance: .factorLimitedGovernanceSpaces
            case .prisons: .factorPrisons
            case .cyberspace: .factorCyberspace
            case .informalEconomy: .factorInformalEconomy
            case .criminalRecruitment: .factorRecruitmentOfCriminals
            }
        return t(key)
    }

    static func form(_ value: NexusForm, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .transactional: .nexusFormTransactional
            case .organisational: .nexusFormOrganisational
            }
        return t(key)
    }

    static func confidence(_ value: FindingConfidence, _ t: Localizer) -> String {
        let key: UIKey =
            switch value {
            case .confirmed: .confidenceConfirmed
            case .partial: .confidencePartial
            case .inferred: .confidenceInferred
            }
        return t(key)
    }

    /// A country's name in the reader's language, from the system's locale data; the
    /// code itself when the data has no name for it.
    static func country(_ code: String, _ language: Language) -> String {
        CountryNames.shared.name(code, language)
    }

    static func country(_ code: CountryCode, _ language: Language) -> String {
        country(code.rawValue, language)
    }
}

/// Country names per language, looked up once: locale data is slow to ask each time.
final class CountryNames: Sendable {
    static let shared = CountryNames()
    private let names: [Language: [String: String]]

    private init() {
        var names: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let locale = Locale(identifier: language.code)
            names[language] = Dictionary(
                uniqueKeysWithValues: CountryCode.all.compactMap { code in
                    locale.localizedString(forRegionCode: code).map { (code, $0) }
                })
        }
        self.names = names
    }

    func name(_ code: String, _ language: Language) -> String { names[language]?[code] ?? code }
}
