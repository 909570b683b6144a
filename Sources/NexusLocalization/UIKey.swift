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
    case navSignIn
    case navSignOut
    case navAccount
    case navEdit
    case navTranslate
    case navUsers
    case navAudit
    case accountMenu
    case signInTitle
    case signInIntro
    case fieldEmail
    case fieldPassword
    case signInSubmit
    case signInFailed
    case signInThrottled
    case accountTitle
    case fieldName
    case fieldInterfaceLanguage
    case save
    case accountSaved
    case accountPasswordTitle
    case fieldCurrentPassword
    case fieldNewPassword
    case passwordHint
    case accountPasswordChanged
    case fieldRoles
    case errorForbiddenTitle
    case errorForbiddenBody
    case errorSignInNeeded
    case errorCSRF
    case errorInvalidToken
    case passwordTooShort
    case passwordTooLong
    case passwordCommon
    case passwordContainsIdentity
    case passwordWrongCurrent
    case nameInvalid
    case roleAdmin
    case roleEditor
    case roleTranslator
    case roleFacilitator
    case roleFocalPoint
    case roleViewer
    case usersTitle
    case usersCreate
    case userStatus
    case userActive
    case userInactive
    case userCreated
    case userSaved
    case userPasswordReset
    case userInvalidEmail
    case userEmailTaken
    case userLanguages
    case userCountries
    case userIsActive
    case userSelfLockout
    case userFormUnknownRole
    case userFormUnknownLanguage
    case userFormUnknownCountry
    case userResetPassword
    case tokensTitle
    case tokenName
    case tokenRole
    case tokenCreated
    case tokenLastUsed
    case tokenNever
    case tokenIssue
    case tokenRevoke
    case tokenRevoked
    case tokenRevokedNotice
    case tokenShownOnce
    case tokensNone
    case tokenRoleNotHeld
    case tokenNameInvalid
    case auditTitle
    case auditExport
    case auditWhen
    case auditWho
    case auditWhat
    case auditEntity
    case auditChange
    case auditBefore
    case auditAfter
    case auditEmpty
    case auditActionContentImport
    case auditActionContentDraft
    case auditActionContentPublish
    case auditActionUserCreate
    case auditActionUserUpdate
    case auditActionUserPasswordChange
    case auditActionUserPasswordReset
    case auditActionTokenIssue
    case auditActionTokenRevoke
    case auditActionFindingSave
    case auditActionFindingImport
    case auditActionFindingSeed
    case auditActionFindingDelete
    case auditActionParticipationReplace
    case auditActionParticipantAdd
    case auditActionParticipantRemove
    case auditActorCommandLine
    case auditActorFirstStart
    case pagePrevious
    case pageNext
    case editIntro
    case editTitle
    case editHasDraft
    case editViewPublished
    case editDraftPending
    case editDraftSaved
    case editPublished
    case editInvalid
    case editConflictTitle
    case editConflictBody
    case editConflictChanges
    case editPreview
    case editSaveDraft
    case editPublish
    case editKindThemes
    case editKindRegions
    case editKindMeetings
    case historyTitle
    case historyLink
    case historyRevision
    case historyPublished
    case historyDraft
    case historyNone
    case translateIntro
    case translateSummary
    case translateShowAll
    case translateShowTodo
    case translateItem
    case translateKind
    case translateState
    case translateChanged
    case translateMissing
    case translateStale
    case translateDone
    case translateNothingToDo
    case translateTitle
    case translateStaleNotice
    case translateSave
    case translateSaved
    case translateStepCount
    case contentFieldStatus
    case contentFieldSources
    case contentFieldOrder
    case contentFieldTitle
    case contentFieldSummary
    case contentFieldStatusNote
    case contentFieldGroup
    case contentFieldLetter
    case contentFieldNumber
    case contentFieldTheme
    case contentFieldKeyActors
    case contentFieldStandards
    case contentFieldStandardsBasis
    case contentFieldInitiatives
    case contentFieldInitiativesBasis
    case statusConfirmed
    case basisOfficial
    case basisEditorial
    case thematicAreaResearch
    case thematicAreaLocalEngagement
    case thematicAreaCapacity
    case contentFieldRelated
    case contentFieldKeyActions
    case contentFieldKeyActorsNote
    case contentFieldYear
    case contentFieldInstrumentKind
    case contentFieldURL
    case contentFieldShortTitle
    case contentFieldIssuer
    case contentFieldStarted
    case contentFieldEnded
    case contentFieldOrganisation
    case contentFieldCoverage
    case contentFieldRegion
    case contentFieldCountry
    case contentFieldStart
    case contentFieldEnd
    case contentFieldThemes
    case contentFieldCity
    case contentFieldPartners
    case contentFieldBody
    case contentFieldBodyHelp
    case contentFieldStepsHelp
    case contentFieldLinesHelp
    case contentFieldOther
    case countPractices
    case searchLabel
    case searchPlaceholder
    case searchButton
    case searchTitle
    case searchIntro
    case searchNoResults
    case searchFilters
    case searchFacetKind
    case searchFacetTheme
    case searchFacetActor
    case searchFacetRegion
    case searchBroadResults
    case searchFacetInstrument
    case searchFacetLanguage
    case searchClearFilters
    case searchKindPractice
    case searchKindConcept
    case searchKindTheme
    case searchKindInstrument
    case searchKindActor
    case searchKindInitiative
    case searchQueryTooLong
    case searchBadPage
    case searchBadFilter
    case searchResultCount

    // Regional evidence: pages, vocabularies, forms, imports and the API (issue 6).
    case navEvidence, homeEvidenceLead, evidenceTitle, evidenceIntro, evidenceRegionIntro, evidenceAllRegions
    case evidenceRegionsHeading, evidenceMeetingsHeading, evidenceMeetingsNone, evidenceFindingsHeading, evidenceFindingsNone
    case evidenceFindingsMore
    case evidenceFigureMeetings, evidenceFigureParticipants, evidenceFigureFindings, evidenceFigureCountries
    case evidenceParticipationHeading, evidenceParticipationNone, evidenceFindingsByKindHeading
    case evidenceHeatmapHeading, evidenceHeatmapNone, evidenceHeatmapMarkets, evidenceHeatmapFactors
    case evidenceMapHeading, evidenceMapCaption, evidenceTableCategory, evidenceTableParticipants, evidenceTableKind
    case evidenceTableFindings, evidenceTableRow, evidenceTableCountry, evidenceChartTable, evidenceDownloads
    case evidenceDownloadFindings, evidenceDownloadParticipation, evidenceLayoutNote, meetingEyebrow, meetingDates
    case meetingPlace, meetingRegion, meetingPartners, meetingThemes, meetingOtherThemes, meetingAgenda
    case meetingDocuments, meetingFindingsHeading, findingEyebrow, findingRegion, findingMeeting, findingCountries
    case findingMarkets, findingFactors, findingForm, findingPracticesHeading, findingPracticesNone, findingSource
    case findingConfidence, findingOpen, practiceFindingsHeading, practiceFindingsIntro, practiceFindingsNone
    case categoryGovernmentAgency, categoryInternationalOrganisation, categoryRegionalOrganisation
    case categoryNationalOrganisation, categoryAcademia, categoryPrivateSector, categoryCivilSociety
    case findingKindManifestation, findingKindEnablingFactor, findingKindChallenge, findingKindPromisingPractice
    case marketHumanTrafficking, marketHumanSmuggling, marketExtortionProtectionRacketeering, marketArmsTrafficking
    case marketCounterfeitGoods, marketIllicitExcisableGoods, marketFloraCrimes, marketFaunaCrimes
    case marketNonRenewableResourceCrimes, marketHeroinTrade, marketCocaineTrade, marketCannabisTrade
    case marketSyntheticDrugTrade, marketCyberDependentCrimes, marketFinancialCrimes, marketKidnappingForRansom
    case marketCulturalPropertyTrafficking, factorConflictInstability, factorWeakRuleOfLaw, factorPorousBorders
    case factorCorruption, factorWeakInstitutionsLawEnforcement, factorLimitedGovernanceSpaces, factorPrisons
    case factorCyberspace, factorInformalEconomy, factorRecruitmentOfCriminals, nexusFormTransactional
    case nexusFormOrganisational, confidenceConfirmed, confidencePartial, confidenceInferred, searchKindRegion
    case searchKindMeeting, searchKindFinding, contentFieldDocuments, contentFieldOtherThemes, contentFieldAgenda
    case roleProgrammeOfficer, errorTokenRequired, evidenceManageTitle, evidenceManageIntro, evidenceManageMeetings
    case evidenceManageFindings, evidenceNewMeeting, evidenceNewFinding, evidenceImportLink, evidenceEditMeetingText
    case evidenceParticipationLink, evidenceAddFindingHere, evidenceEdit, evidencePublicPage, meetingNewTitle
    case meetingNewIntro, meetingSlugLabel, meetingSlugHelp, meetingSlugTaken, meetingSlugReserved, meetingCreated
    case meetingRecordTitle, participationTotalsHeading, participationTotalsHelp, participationByCountryHeading
    case participationByCountryHelp, participationSave, participationSaved, participationLineInvalid
    case participationLineShape, participantsHeading, participantsNote, participantsNone, participantName
    case participantOrganisation, participantCategory, participantCountry, participantConsent, participantConsentDate
    case participantAdd, participantRemove, participantAdded, participantRemoved, findingFormNewTitle
    case findingFormEditTitle, findingFieldKind, findingFieldRegion, findingFieldMeeting, findingFieldNoMeeting
    case findingFieldForm, findingFieldNoForm, findingFieldCountries, findingFieldCountriesHelp, findingFieldMarkets
    case findingFieldFactors, findingFieldPractices, findingFieldConfidence, findingFieldSource
    case findingFieldSourceHelp, findingFieldText, findingFieldTextHelp, findingSave, findingSaved, findingDelete
    case findingDeleted, findingInvalid, importTitle, importIntro, importWhat, importFindings, importParticipation
    case importFile, importSubmit, importFindingsDone, importParticipationDone, importFailed, importNoFile
    case importNotUTF8, importProblemAt, importProblemLine, importProblemsMore, problemMissing, problemTooLong
    case problemNotAChoice, problemUnknownRegion, problemUnknownMeeting, problemMeetingInOtherRegion
    case problemUnknownPractice, problemUnknownCountry, problemInvalidIdentifier, problemNotACount, problemInvalidDate
    case problemConsentRequired, problemDuplicate, problemNoText, problemCSVEmpty, problemCSVQuote
    case problemMissingColumn, problemUnknownColumn, problemNoRecords, problemTooManyRecords, apiInvalidJSON
    case apiFindingExists, apiInvalidRecord, apiBadFilter, errorTooLargeTitle, errorTooLargeBody
    case errorBadFormTitle
    case errorBadFormBody
    case apiIdempotencyKeyInvalid
    case apiIdempotencyKeyReused
    case apiConflict

    /// Keys whose entries vary with a count.
    public static let pluralKeys: Set<UIKey> = [.countPractices, .searchResultCount]

    /// Whether the entry varies with a count.
    public var isPlural: Bool { Self.pluralKeys.contains(self) }
}
