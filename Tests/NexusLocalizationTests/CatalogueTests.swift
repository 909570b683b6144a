import Foundation
import NexusDomain
import NexusLocalization
import Testing

@Suite("UI string catalogues")
struct CatalogueTests {
    @Test("every language has exactly the keys the code knows, with the plural forms it needs", arguments: Language.allCases)
    func complete(language: Language) throws {
        let problems = try Catalogue.bundled(language).problems()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("a stray or missing key is caught")
    func strayAndMissing() throws {
        var entries = try Catalogue.bundled(.en).entries
        entries["noSuchKey"] = .text("x")
        entries[UIKey.navHome.rawValue] = nil
        let problems = Catalogue(language: .en, entries: entries).problems()
        #expect(problems == ["en: missing key navHome", "en: stray key noSuchKey"])
    }

    @Test("translations keep every placeholder of the English text", arguments: Language.translations)
    func placeholders(language: Language) throws {
        let english = try Catalogue.bundled(.en).entries
        let translated = try Catalogue.bundled(language).entries
        for key in UIKey.allCases {
            #expect(
                Self.placeholders(translated[key.rawValue]).isSubset(of: Self.placeholders(english[key.rawValue])),
                "\(language.code) \(key.rawValue) has a placeholder English does not")
            if !key.isPlural {
                #expect(
                    Self.placeholders(translated[key.rawValue]) == Self.placeholders(english[key.rawValue]),
                    "\(language.code) \(key.rawValue) loses a placeholder")
            }
        }
    }

    /// Words that are the same in English and in the translation (names and cognates).
    private static let sameAsEnglish: [Language: Set<UIKey>] = [
        .fr: [
            .siteName, .instrumentKindConvention, .navInitiatives, .navInstruments, .statusSources, .themeLabel,
            .searchFacetInstrument, .searchFacetTheme, .searchKindInitiative, .searchKindInstrument,
            .evidenceFigureParticipants, .evidenceTableParticipants, .evidenceParticipationLink, .meetingDates,
            .meetingDocuments, .findingSource, .findingFieldSource, .findingKindManifestation, .factorCorruption,
            .factorPrisons, .caseActorAlias, .caseActorType, .caseFacetInstrument, .caseInstrumentsHeading, .caseRelationSource,
            .caseSourcesHeading, .credibility5, .stageCoexistence, .stageConvergence, .stageTransformation, .watchPointPrisons,
            .caseFormClassificationHeading, .caseFormEventDate, .caseFormNote, .caseFormOriginal, .caseFormSourceNumber,
            .injectKindDocument, .injectKindImage, .injectKindMessage, .pollCorrect, .scenarioMinutes, .scenarioPhase, .scenarioPhases,
            .scenarioFormExpectedText, .scenarioFormInjectNumber, .scenarioFormPhaseNumber, .scenarioFormQuestion,
            .scenarioFormQuestionNumber, .scenarioFormVariableNumber, .scenarioFormVariables, .libraryKeepInject, .libraryKindInject,
        ],
        .ar: [.siteName],
        .sq: [.siteName, .instrumentKindMemorandum, .historyDraft, .roleAdmin, .translateTitle, .searchKindInstrument, .caseStatusDraft],
    ]

    @Test("no catalogue text is left in English by mistake, apart from names and cognates")
    func translated() throws {
        let english = try Catalogue.bundled(.en).entries
        for language in Language.translations {
            let allowed = Set((Self.sameAsEnglish[language] ?? []).map(\.rawValue))
            let entries = try Catalogue.bundled(language).entries
            let same = entries.filter { key, value in !allowed.contains(key) && english[key] == value }.keys.sorted()
            #expect(same.isEmpty, "\(language.code) still has English text for \(same)")
        }
    }

    @Test("placeholders are filled and plurals follow each language's rules")
    func lookups() throws {
        let localization = try Localization.bundled()
        #expect(localization[.en](.practiceNumbered, ["number": "2"]) == "Good practice 2")
        #expect(localization[.en].plural(.countPractices, count: 1) == "1 practice")
        #expect(localization[.en].plural(.countPractices, count: 3) == "3 practices")
        #expect(localization[.ar].plural(.countPractices, count: 2) != localization[.ar].plural(.countPractices, count: 3))
        #expect(localization[.fr].texts[UIKey.navHome.rawValue] != nil)
    }

    private static func placeholders(_ entry: Catalogue.Entry?) -> Set<String> {
        let texts: [String] =
            switch entry {
            case .text(let text): [text]
            case .plural(let forms): Array(forms.values)
            case nil: []
            }
        var found: Set<String> = []
        for text in texts {
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                found.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
        }
        return found
    }
}
