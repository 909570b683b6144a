/// The kinds of organisation a consultation's participants came from, as the
/// programme's reports group them.
public enum StakeholderCategory: String, CaseIterable, Sendable, Codable, Hashable {
    case government = "government-agency"
    case internationalOrganisation = "international-organisation"
    case regionalOrganisation = "regional-organisation"
    case nationalOrganisation = "national-organisation"
    case academia
    case privateSector = "private-sector"
    case civilSociety = "civil-society"
}

/// What a finding records.
public enum FindingKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// How the nexus shows in the region: a market, a route, a group's practice.
    case manifestation
    /// A condition that lets crime and terrorism meet or profit from each other.
    case enablingFactor = "enabling-factor"
    /// A difficulty the region's practitioners face in responding.
    case challenge
    /// Something that worked and that others could learn from.
    case promisingPractice = "promising-practice"
}

/// The illicit markets of the Global Organized Crime Index, plus kidnapping for
/// ransom and cultural property trafficking, which the nexus literature names often.
public enum CrimeMarket: String, CaseIterable, Sendable, Codable, Hashable {
    case humanTrafficking = "human-trafficking"
    case humanSmuggling = "human-smuggling"
    case extortion = "extortion-protection-racketeering"
    case armsTrafficking = "arms-trafficking"
    case counterfeitGoods = "counterfeit-goods"
    case excisableGoods = "illicit-excisable-goods"
    case floraCrimes = "flora-crimes"
    case faunaCrimes = "fauna-crimes"
    case nonRenewableResources = "non-renewable-resource-crimes"
    case heroin = "heroin-trade"
    case cocaine = "cocaine-trade"
    case cannabis = "cannabis-trade"
    case syntheticDrugs = "synthetic-drug-trade"
    case cyberDependent = "cyber-dependent-crimes"
    case financialCrimes = "financial-crimes"
    case kidnappingForRansom = "kidnapping-for-ransom"
    case culturalProperty = "cultural-property-trafficking"
}

/// The conditions the sources name as letting the nexus grow (see the concept
/// section on enabling factors); a finding may name several.
public enum EnablingFactor: String, CaseIterable, Sendable, Codable, Hashable {
    case conflict = "conflict-instability"
    case weakRuleOfLaw = "weak-rule-of-law"
    case porousBorders = "porous-borders"
    case corruption
    case weakInstitutions = "weak-institutions-law-enforcement"
    case limitedGovernance = "limited-governance-spaces"
    case prisons
    case cyberspace
    case informalEconomy = "informal-economy"
    case criminalRecruitment = "recruitment-of-criminals"
}

/// The two forms the toolkit distinguishes.
public enum NexusForm: String, CaseIterable, Sendable, Codable, Hashable {
    /// Groups trade goods or services while staying apart.
    case transactional
    /// One group takes on the other's methods or the two merge.
    case organisational
}

/// How far the cited source bears a finding out, so that readers can weigh it.
public enum FindingConfidence: String, CaseIterable, Sendable, Codable, Hashable {
    /// The cited source states it.
    case confirmed
    /// The cited source states part of it; the rest is cut off or summarised.
    case partial
    /// An inference from context or general knowledge that no retrieved source states.
    case inferred
}
