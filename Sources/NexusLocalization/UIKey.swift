/// Every user-visible string of the interface, by key.
///
/// Each language's catalogue in `Catalogues/` has exactly these keys; a test fails
/// when one is missing or a stray one appears. Keys in ``pluralKeys`` hold one text
/// per plural category instead of a single text.
public enum UIKey: String, CaseIterable, Sendable {
    case siteName, siteTagline, skipToContent, mainNavigation, languageSwitcher, breadcrumb, navHome, navConcept
    case navPractices, navInstruments, navActors, navInitiatives, homeTitle, homeIntro, homeConceptLead
    case homePracticesLead, homeInstrumentsLead, homeActorsLead, homeInitiativesLead, homeSectionsHeading
    case homeAboutHeading, homeAbout, conceptTitle, conceptIntro, conceptGroupForms, conceptGroupContexts
    case conceptGroupFactors, conceptGroupWatchPoints, conceptGroupFurtherReading, conceptGroupBackground
    case conceptAllSections, practicesTitle, practicesIntro, practicesAwaiting, practicesOfficialDocument
    case practicesNumberPending, practicesNoneInSection, practiceNumbered, practiceUnnumbered, practiceKeyActions
    case practiceStep, practiceKeyActionsMissing, practiceKeyActors, practiceKeyActorsMissing
    case practiceStandardsOfficial, practiceStandardsEditorial, practiceStandardsEditorialNote
    case practiceInitiativesOfficial, practiceInitiativesEditorial, practiceInitiativesEditorialNote, practiceRelated
    case practiceBackground, practiceInSection, themeLabel, themePractices, instrumentsTitle, instrumentsIntro
    case instrumentKindConvention, instrumentKindProtocol, instrumentKindResolution, instrumentKindStrategy
    case instrumentKindRecommendations, instrumentKindMemorandum, instrumentKindGuidelines, instrumentKindDeclaration
    case instrumentKind, instrumentYear, instrumentIssuer, instrumentOfficialText, instrumentCitedBy
    case instrumentCitedByNone, actorsTitle, actorsIntro, actorInvolvedIn, actorInvolvedInNone, initiativesTitle
    case initiativesIntro, initiativeOrganisation, initiativePeriod, initiativeSince, initiativeCoverage
    case initiativeWebsite, initiativeFeaturedIn, initiativeFeaturedInNone, statusPartlyConfirmed, statusNumberPending
    case statusAwaitingOfficialText, statusExplainPartlyConfirmed, statusExplainNumberPending
    case statusExplainAwaitingOfficialText, statusSources, noticeFallback, noticeStale, errorNotFoundTitle
    case errorNotFoundBody, errorNotFoundPractice, errorBackHome, errorUnknownLanguageTitle, errorUnknownLanguageBody
    case errorServerTitle, errorServerBody, errorBadParameter, errorUnknownLanguageParameter, errorPageNumber
    case footerDisclaimer, footerApi, footerOfficialDocuments, navSignIn, navSignOut, navAccount, navEdit
    case navTranslate, navUsers, navAudit, accountMenu, signInTitle, signInIntro, fieldEmail, fieldPassword
    case signInSubmit, signInFailed, signInThrottled, accountTitle, fieldName, fieldInterfaceLanguage, save
    case accountSaved, accountPasswordTitle, fieldCurrentPassword, fieldNewPassword, passwordHint
    case accountPasswordChanged, fieldRoles, errorForbiddenTitle, errorForbiddenBody, errorSignInNeeded, errorCSRF
    case errorInvalidToken, passwordTooShort, passwordTooLong, passwordCommon, passwordContainsIdentity
    case passwordWrongCurrent, nameInvalid, roleAdmin, roleEditor, roleTranslator, roleFacilitator, roleFocalPoint
    case roleViewer, usersTitle, usersCreate, userStatus, userActive, userInactive, userCreated, userSaved
    case userPasswordReset, userInvalidEmail, userEmailTaken, userLanguages, userCountries, userIsActive
    case userSelfLockout, userFormUnknownRole, userFormUnknownLanguage, userFormUnknownCountry, userResetPassword
    case tokensTitle, tokenName, tokenRole, tokenCreated, tokenLastUsed, tokenNever, tokenIssue, tokenRevoke
    case tokenRevoked, tokenRevokedNotice, tokenShownOnce, tokensNone, tokenRoleNotHeld, tokenNameInvalid, auditTitle
    case auditExport, auditWhen, auditWho, auditWhat, auditEntity, auditChange, auditBefore, auditAfter, auditEmpty
    case auditActionContentImport, auditActionContentDraft, auditActionContentPublish, auditActionUserCreate
    case auditActionUserUpdate, auditActionUserPasswordChange, auditActionUserPasswordReset, auditActionTokenIssue
    case auditActionTokenRevoke, auditActionFindingSave, auditActionFindingImport, auditActionFindingSeed
    case auditActionFindingDelete, auditActionParticipationReplace, auditActionParticipantAdd
    case auditActionParticipantRemove, auditActorCommandLine, auditActorFirstStart, pagePrevious, pageNext, editIntro
    case editTitle, editHasDraft, editViewPublished, editDraftPending, editDraftSaved, editPublished, editInvalid
    case editConflictTitle, editConflictBody, editConflictChanges, editPreview, editSaveDraft, editPublish
    case editKindThemes, editKindRegions, editKindMeetings, historyTitle, historyLink, historyRevision
    case historyPublished, historyDraft, historyNone, translateIntro, translateSummary, translateShowAll
    case translateShowTodo, translateItem, translateKind, translateState, translateChanged, translateMissing
    case translateStale, translateDone, translateNothingToDo, translateTitle, translateStaleNotice, translateSave
    case translateSaved, translateStepCount, contentFieldStatus, contentFieldSources, contentFieldOrder
    case contentFieldTitle, contentFieldSummary, contentFieldStatusNote, contentFieldGroup, contentFieldLetter
    case contentFieldNumber, contentFieldTheme, contentFieldKeyActors, contentFieldStandards
    case contentFieldStandardsBasis, contentFieldInitiatives, contentFieldInitiativesBasis, statusConfirmed
    case basisOfficial, basisEditorial, thematicAreaResearch, thematicAreaLocalEngagement, thematicAreaCapacity
    case contentFieldRelated, contentFieldKeyActions, contentFieldKeyActorsNote, contentFieldYear
    case contentFieldInstrumentKind, contentFieldURL, contentFieldShortTitle, contentFieldIssuer, contentFieldStarted
    case contentFieldEnded, contentFieldOrganisation, contentFieldCoverage, contentFieldRegion, contentFieldCountry
    case contentFieldStart, contentFieldEnd, contentFieldThemes, contentFieldCity, contentFieldPartners
    case contentFieldBody, contentFieldBodyHelp, contentFieldStepsHelp, contentFieldLinesHelp, contentFieldOther
    case countPractices, searchLabel, searchPlaceholder, searchButton, searchTitle, searchIntro, searchNoResults
    case searchFilters, searchFacetKind, searchFacetTheme, searchFacetActor, searchFacetRegion, searchBroadResults
    case searchFacetInstrument, searchFacetLanguage, searchClearFilters, searchKindPractice, searchKindConcept
    case searchKindTheme, searchKindInstrument, searchKindActor, searchKindInitiative, searchQueryTooLong
    case searchBadPage, searchBadFilter, searchResultCount

    // Regional evidence: pages, vocabularies, forms, imports and the API (issue 6).
    case navEvidence, homeEvidenceLead, evidenceTitle, evidenceIntro, evidenceRegionIntro, evidenceAllRegions
    case evidenceRegionsHeading, evidenceMeetingsHeading, evidenceMeetingsNone, evidenceFindingsHeading
    case evidenceFindingsNone, evidenceFindingsMore, evidenceFigureMeetings, evidenceFigureParticipants
    case evidenceFigureFindings, evidenceFigureCountries, evidenceParticipationHeading, evidenceParticipationNone
    case evidenceFindingsByKindHeading, evidenceHeatmapHeading, evidenceHeatmapNone, evidenceHeatmapMarkets
    case evidenceHeatmapFactors, evidenceMapHeading, evidenceMapCaption, evidenceTableCategory
    case evidenceTableParticipants, evidenceTableKind, evidenceTableFindings, evidenceTableRow, evidenceTableCountry
    case evidenceChartTable, evidenceDownloads, evidenceDownloadFindings, evidenceDownloadParticipation
    case evidenceLayoutNote, meetingEyebrow, meetingDates, meetingPlace, meetingRegion, meetingPartners, meetingThemes
    case meetingOtherThemes, meetingAgenda, meetingDocuments, meetingFindingsHeading, findingEyebrow, findingRegion
    case findingMeeting, findingCountries, findingMarkets, findingFactors, findingForm, findingPracticesHeading
    case findingPracticesNone, findingSource, findingConfidence, findingOpen, practiceFindingsHeading
    case practiceFindingsIntro, practiceFindingsNone, categoryGovernmentAgency, categoryInternationalOrganisation
    case categoryRegionalOrganisation, categoryNationalOrganisation, categoryAcademia, categoryPrivateSector
    case categoryCivilSociety, findingKindManifestation, findingKindEnablingFactor, findingKindChallenge
    case findingKindPromisingPractice, marketHumanTrafficking, marketHumanSmuggling
    case marketExtortionProtectionRacketeering, marketArmsTrafficking, marketCounterfeitGoods
    case marketIllicitExcisableGoods, marketFloraCrimes, marketFaunaCrimes, marketNonRenewableResourceCrimes
    case marketHeroinTrade, marketCocaineTrade, marketCannabisTrade, marketSyntheticDrugTrade
    case marketCyberDependentCrimes, marketFinancialCrimes, marketKidnappingForRansom
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
    case apiFindingExists, apiInvalidRecord, apiBadFilter, errorTooLargeTitle, errorTooLargeBody, errorBadFormTitle
    case errorBadFormBody, apiIdempotencyKeyInvalid, apiIdempotencyKeyReused, apiConflict, navCases, homeCasesLead
    case searchKindCase, searchFacetPractice, auditActionCaseCreate, auditActionCaseSave, auditActionCaseImport
    case auditActionCaseSeed, auditActionCaseDelete, casesTitle, casesIntro, casesFiltersHeading, casesFilterAll
    case casesFilterApply, casesFilterClear, casesCount, casesEmpty, casesEmptyLibrary, casesPageOf, casesBadFilter
    case caseFacetRegion, caseFacetCountry, caseFacetMarket, caseFacetForm, caseFacetStage, caseFacetPractice
    case caseFacetInstrument, caseFacetYear, caseFacetOrigin, caseFacetLanguage, caseCompositeNotice
    case caseDocumentedLabel, caseCompositeLabel, caseDraftNotice, caseRegisteredNotice, caseRestrictedNotice
    case casePeriod, casePeriodOpen, caseRegions, caseCountries, caseMarkets, caseForm, caseStage, caseStageHelp
    case caseFactors, caseWatchPoints, caseSummaryHeading, caseAnalysisHeading, caseNetworkHeading, caseNetworkIntro
    case caseNetworkLegend, caseNetworkEmpty, caseRelationsHeading, caseRelationFrom, caseRelationType, caseRelationTo
    case caseRelationPeriod, caseRelationSource, caseActorsHeading, caseActorAlias, caseActorType, caseActorSize
    case caseActorRegion, caseActorActive, caseTimelineHeading, caseSourcesHeading, caseSourceGrade
    case caseSourceGradeHelp, casePracticesHeading, casePracticesNone, caseInstrumentsHeading, caseStaleNotice
    case caseFallbackNotice, caseUpdated, practiceCasesHeading, stageCoexistence, stageCooperation, stageConvergence
    case stageTransformation, watchPointPrisons, watchPointCyberspace, watchPointLimitedGovernanceAreas
    case watchPointSharedNeeds, watchPointSharedMarkets, watchPointCorruptOfficials, caseActorTypeOrganisedCrimeGroup
    case caseActorTypeTerroristArmedGroup, caseActorTypeHybridGroup, caseActorTypeFacilitator
    case caseActorTypeCorruptOfficial, caseActorTypeLegitimateBusiness, caseActorTypeStateBody, caseActorTypeCommunity
    case actorSizeIndividual, actorSizeSmall, actorSizeMedium, actorSizeLarge, relationSupplies, relationFinances
    case relationProtects, relationRecruitsFrom, relationTradesWith, relationLaundersFor, relationTransformsInto
    case relationBribes, relationExtorts, relationTransportsFor, relationShelters, relationPartOf, reliabilityA
    case reliabilityB, reliabilityC, reliabilityD, reliabilityE, reliabilityF, credibility1, credibility2
    case credibility3, credibility4, credibility5, credibility6, apiCaseNotFound
    case problemDuplicateID, problemUnknownInstrument, problemUnknownPart, problemSelfRelation, problemEndBeforeStart
    case problemInvalidURL, problemNoSources, problemTooMany, problemUnreadable, problemInvalidPartialDate
    case caseFormSourceNumber, caseFormActorNumber, caseFormRelationNumber, caseFormEventNumber, caseFormID
    case caseFormIDHelp, caseFormTitle, caseFormSummary, caseFormSummaryHelp, caseFormAnalysis, caseFormAnalysisHelp
    case caseFormStatus, caseFormPublication, caseFormPeriodStart, caseFormPeriodEnd, caseFormDateHelp, caseFormCitation
    case caseFormCitationHelp, caseFormURL, caseFormReliability, caseFormCredibility, caseFormActiveFrom
    case caseFormActiveTo, caseFormNote, caseFormEventText, caseFormEventDate, caseFormAliasHelp, caseFormActorsHelp
    case caseFormRelationsHelp, caseFormRemoveRow, caseFormAddSource, caseFormAddActor, caseFormAddRelation
    case caseFormAddEvent, caseFormSourceLanguage, caseStatusDraft, caseStatusPublished, casePublicationPublic
    case casePublicationRegistered, casePublicationRestricted, caseFormDraftOnly, caseFormRestrictedTo
    case caseFormOriginHelp, caseConflictTitle, caseConflictBody, caseConflictChanges, caseSaved, caseDeleted
    case caseFormForbidden, caseFormExists, caseFormEditTitle, caseFormNewTitle, caseFormIntro, caseFormOriginal
    case caseFormTranslating, caseFormInvalid, caseNamesTitle, caseNamesBody, caseNamesConfirm, caseFormStale
    case caseFormView, caseFormTextsIn, caseFormSave, caseFormDelete, caseFormAboutHeading, caseFormTextsHeading
    case caseFormClassificationHeading, caseFormEditLink
    case stixNotABundle, stixInvalidObject, stixBrokenReference, stixNoReports, stixNoForm, stixNoStage
    case stixUnsupportedLanguage, stixUnreadableValue, stixDuplicateCase, stixImportInvalid, stixImportNames
    case stixImportExists, caseExportSTIX, casesExportSTIX
    case auditActionScenarioCreate, auditActionScenarioSave, auditActionScenarioImport, auditActionScenarioSeed
    case auditActionScenarioDelete, scenarioValueMissing, scenarioPhaseNumber, scenarioHandbook, scenarioSituationManual
    case scenarioHandbookNote, scenarioExerciseDay, scenarioGaps, scenarioMinutes, injectToEveryone, scenarioPractices
    case pollKnowledgeCheck, pollMultipleChoice, pollSingleChoice, pollCorrect, scenarioForObjective
    case injectKindNewsFlash, injectKindIntelligenceReport, injectKindMinisterialRequest, injectKindDocument
    case injectKindImage, injectKindMessage, scenarioDuration, scenarioAudience, scenarioLanguagesComplete
    case scenarioOutline, scenarioOutlineCounts, scenarioBuiltOn, scenarioCaseMissing, scenarioTailoringReady
    case scenarioNoTailorings, scenarioPhaseCounts, scenariosTitle, scenariosIntro, scenariosCount, scenariosEmpty
    case scenarioRowSummary, scenarioImported, scenarioDuplicated, scenarioDeleted, scenarioBadDayTitle, scenarioBadDay
    case apiScenarioNotFound, scenarioFileNotJSON, scenarioFileInvalid, scenarioExists, scenarioCopyTitle
    case scenarioDuplicateTitle, scenarioDuplicateIntro, scenarioNewID, scenarioEyebrow, scenarioExport
    case scenarioDuplicate, scenarioObjectives, scenarioCriticalTasks, scenarioTailorings, scenarioPhases
    case scenarioDelete, scenarioImportHeading, scenarioImportHelp, scenarioImportFile, scenarioImportButton
    case scenarioBack, scenarioTailoring, scenarioDay, scenarioPreview, scenarioPurpose, scenarioMSEL, scenarioTime
    case scenarioPhase, scenarioKind, scenarioTo, scenarioInject, scenarioInjects, scenarioFrom, scenarioQuestions
    case scenarioPolls, scenarioExpectedActions, scenarioBasis, problemUnknownActorType, problemUnknownObjective
    case problemUnknownVariable, problemOutOfRange, problemTooFewOptions, problemUnsupportedVersion, problemNotJSON
    case problemExpectedObject, problemExpectedList, problemUnknownField, problemExpectedText, problemExpectedNumber
    case problemExpectedBoolean, problemWrongFormat
    case scenarioNew, scenarioEdit, scenarioSaved, scenarioConflictTitle, scenarioConflictBody, scenarioFormNewTitle
    case scenarioFormEditTitle, scenarioFormIntro, scenarioFormView, scenarioFormSections, scenarioFormSave
    case scenarioFormInvalid, scenarioFormAbout, scenarioFormID, scenarioFormIDHelp, scenarioFormSourceLanguage
    case scenarioFormTitle, scenarioFormBasisHelp, scenarioFormDuration, scenarioFormUseCase, scenarioFormChooseCase
    case scenarioFormCaseMaterial, scenarioFormObjectivesHelp, scenarioFormObjectiveNumber, scenarioFormObjective
    case scenarioFormAddObjective, scenarioFormTaskNumber, scenarioFormTask, scenarioFormAddTask
    case scenarioFormTailoringHelp, scenarioFormVariables, scenarioFormVariablesHelp, scenarioFormVariableNumber
    case scenarioFormVariableName, scenarioFormVariableNameHelp, scenarioFormVariableLabel, scenarioFormVariableKind
    case scenarioFormKindText, scenarioFormKindDate, scenarioFormDayOffset, scenarioFormDayOffsetHelp
    case scenarioFormAddVariable, scenarioFormTailoringsHelp, scenarioFormTailoringNumber, scenarioFormTailoringName
    case scenarioFormCountry, scenarioFormCountryHelp, scenarioFormValue, scenarioFormAddTailoring
    case scenarioFormPhasesHelp, scenarioFormPhaseNumber, scenarioFormNarrative, scenarioFormNarrativeHelp
    case scenarioFormRemovePhase, scenarioFormAddPhase, scenarioFormInjectsHelp, scenarioFormInjectNumber
    case scenarioFormOffset, scenarioFormAddressedTo, scenarioFormInjectTitle, scenarioFormInjectText
    case scenarioFormAddInject, scenarioFormQuestionNumber, scenarioFormQuestion, scenarioFormAddQuestion
    case scenarioFormPollNumber, scenarioFormMultipleChoice, scenarioFormOptions, scenarioFormOptionsHelp
    case scenarioFormOptionNumber, scenarioFormOptionText, scenarioFormCorrect, scenarioFormAddOption
    case scenarioFormAddPoll, scenarioFormExpectedHelp, scenarioFormExpectedNumber, scenarioFormExpectedText
    case scenarioFormForObjective, scenarioFormAddExpected
    case translateMoreFields
    case scenarioEventsTitle, scenarioEventsIntro, scenarioEventsLink, scenarioEventsFile, scenarioEventsPaste
    case scenarioEventsRead, scenarioEventsColumnsHeading, scenarioEventsNotInFile, scenarioEventsColumn
    case scenarioEventsDefaultPhase, scenarioEventsSample, scenarioEventsCheck, scenarioEventsPreview, scenarioEventsAdd
    case scenarioEventsStartAgain, scenarioEventsLine, scenarioEventsInvalid, scenarioEventsStale
    case scenarioEventsImported, scenarioEventsHelpPhase, scenarioEventsHelpTime, scenarioEventsHelpKind
    case scenarioEventsHelpTo, scenarioEventsHelpText, problemNotMapped, problemSameColumn, problemUnreadableTime
    case problemUnknownPhase, problemUnknownKind, auditActionScenarioEventsImport
    case caseScenarioFrom
    case libraryTitle, libraryIntro, librarySearch, libraryKind, libraryKindAll, libraryKindInject, libraryKindQuestions
    case libraryCount, libraryEmpty, libraryLanguages, libraryOrigin, libraryAddTo, libraryAdd, libraryForget
    case libraryNoTargets, libraryChooseTarget, libraryOtherLanguage, libraryStale, libraryKept, libraryInserted
    case libraryForgotten, libraryKeepInject, libraryKeep, libraryKeepQuestions, auditActionLibraryItemSave
    case auditActionLibraryItemDelete

    /// Keys whose entries vary with a count.
    public static let pluralKeys: Set<UIKey> = [.countPractices, .searchResultCount, .casesCount]

    /// Whether the entry varies with a count.
    public var isPlural: Bool { Self.pluralKeys.contains(self) }
}
