/// Every user-visible string of the interface, by key.
///
/// Each language's catalogue in `Catalogues/` has exactly these keys; a test fails
/// when one is missing or a stray one appears. Keys in ``pluralKeys`` hold one text
/// per plural category instead of a single text.
public enum UIKey: String, CaseIterable, Sendable {
    case siteName
    case siteTagline
    case skipToContent
    case mainNavigation
    case languageSwitcher
    case breadcrumb
    case navHome
    case navConcept
    case navPractices
    case navInstruments
    case navActors
    case navInitiatives
    case homeTitle
    case homeIntro
    case homeConceptLead
    case homePracticesLead
    case homeInstrumentsLead
    case homeActorsLead
    case homeInitiativesLead
    case homeSectionsHeading
    case homeAboutHeading
    case homeAbout
    case conceptTitle
    case conceptIntro
    case conceptGroupForms
    case conceptGroupContexts
    case conceptGroupFactors
    case conceptGroupWatchPoints
    case conceptGroupFurtherReading
    case conceptGroupBackground
    case conceptAllSections
    case practicesTitle
    case practicesIntro
    case practicesAwaiting
    case practicesOfficialDocument
    case practicesNumberPending
    case practicesNoneInSection
    case practiceNumbered
    case practiceUnnumbered
    case practiceKeyActions
    case practiceStep
    case practiceKeyActionsMissing
    case practiceKeyActors
    case practiceKeyActorsMissing
    case practiceStandardsOfficial
    case practiceStandardsEditorial
    case practiceStandardsEditorialNote
    case practiceInitiativesOfficial
    case practiceInitiativesEditorial
    case practiceInitiativesEditorialNote
    case practiceRelated
    case practiceBackground
    case practiceInSection
    case themeLabel
    case themePractices
    case instrumentsTitle
    case instrumentsIntro
    case instrumentKindConvention
    case instrumentKindProtocol
    case instrumentKindResolution
    case instrumentKindStrategy
    case instrumentKindRecommendations
    case instrumentKindMemorandum
    case instrumentKindGuidelines
    case instrumentKindDeclaration
    case instrumentKind
    case instrumentYear
    case instrumentIssuer
    case instrumentOfficialText
    case instrumentCitedBy
    case instrumentCitedByNone
    case actorsTitle
    case actorsIntro
    case actorInvolvedIn
    case actorInvolvedInNone
    case initiativesTitle
    case initiativesIntro
    case initiativeOrganisation
    case initiativePeriod
    case initiativeSince
    case initiativeCoverage
    case initiativeWebsite
    case initiativeFeaturedIn
    case initiativeFeaturedInNone
    case statusPartlyConfirmed
    case statusNumberPending
    case statusAwaitingOfficialText
    case statusExplainPartlyConfirmed
    case statusExplainNumberPending
    case statusExplainAwaitingOfficialText
    case statusSources
    case noticeFallback
    case noticeStale
    case errorNotFoundTitle
    case errorNotFoundBody
    case errorNotFoundPractice
    case errorBackHome
    case errorUnknownLanguageTitle
    case errorUnknownLanguageBody
    case errorServerTitle
    case errorServerBody
    case errorBadParameter
    case errorUnknownLanguageParameter
    case errorPageNumber
    case footerDisclaimer
    case footerApi
    case footerOfficialDocuments
    case countPractices

    /// Keys whose entries vary with a count.
    public static let pluralKeys: Set<UIKey> = [.countPractices]

    /// Whether the entry varies with a count.
    public var isPlural: Bool { Self.pluralKeys.contains(self) }
}
