import NexusDomain
import NexusLocalization
@testable import NexusWeb
import Testing

@Suite("Evidence labels")
struct EvidenceLabelsTests {
    @Test("every value of every evidence vocabulary has its own label in every language", arguments: Language.allCases)
    func vocabularies(language: Language) throws {
        let t = try Localization.bundled()[language]
        let labels =
            StakeholderCategory.allCases.map { EvidenceLabels.category($0, t) }
            + FindingKind.allCases.map { EvidenceLabels.kind($0, t) } + CrimeMarket.allCases.map { EvidenceLabels.market($0, t) }
            + EnablingFactor.allCases.map { EvidenceLabels.factor($0, t) } + NexusForm.allCases.map { EvidenceLabels.form($0, t) }
            + FindingConfidence.allCases.map { EvidenceLabels.confidence($0, t) }
        #expect(labels.count == 7 + 4 + 17 + 10 + 2 + 3)
        let codes = Set(
            StakeholderCategory.allCases.map(\.rawValue) + CrimeMarket.allCases.map(\.rawValue)
                + EnablingFactor.allCases.map(\.rawValue) + FindingKind.allCases.map(\.rawValue))
        #expect(labels.allSatisfy { !$0.isEmpty && !codes.contains($0) }, "a label is missing: \(labels)")
    }

    @Test("country names come in the reader's language, Kosovo included")
    func countries() {
        #expect(EvidenceLabels.country("DZ", .fr) == "Algérie")
        #expect(EvidenceLabels.country("KE", .ar) == "كينيا")
        #expect(EvidenceLabels.country("XK", .sq).hasPrefix("Kosov"))
        #expect(EvidenceLabels.country("QQ", .en) == "QQ")
    }

    @Test("dates are as precise as the record, in the reader's language")
    func dates() throws {
        let october = try #require(PartialDate("2017-10"))
        #expect(EvidenceDates.format(october, .en) == "October 2017")
        #expect(EvidenceDates.format(october, .fr) == "octobre 2017")
        #expect(EvidenceDates.format(try #require(PartialDate("2018")), .ar) == "2018")
        #expect(EvidenceDates.range(october, october, .en) == "October 2017")
    }
}
