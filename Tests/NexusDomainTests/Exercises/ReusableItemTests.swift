import Foundation
import NexusTestSupport
import Testing

@testable import NexusDomain

/// Reusable material: kept from a scenario with its translations, found by its words in
/// any language, and put into a phase under identifiers of its own.
@Suite("Reusable injects and question sets")
struct ReusableItemTests {
    @Test("an inject and a question set are kept whole, and go into a phase after its last inject")
    func keepAndInsert() throws {
        let scenario = try ScenarioDocumentTests.sample()
        let inject = try #require(ReusableItem.inject("i2", of: scenario))
        #expect(inject.id == "sample-exercise-i2" && inject.kind == .inject && inject.title[.en] == "Police report")
        #expect(inject.searchText.contains("police headquarters"))
        let questions = try #require(ReusableItem.questions(of: "p1", in: scenario))
        #expect(questions.kind == .questions && questions.questions.count == 1)
        #expect(ReusableItem.inject("nothing", of: scenario) == nil && ReusableItem.questions(of: "nowhere", in: scenario) == nil)

        let withInject = try #require(inject.inserted(into: scenario, phase: 0))
        let added = try #require(withInject.phases[0].injects.last)
        #expect(added.id == "inject-1" && added.offsetMinutes == 30 && added.text == scenario.phases[0].injects[1].text)
        let withBoth = try #require(questions.inserted(into: withInject, phase: 0))
        #expect(withBoth.phases[0].questions.map(\.id) == ["q1", "question-1"])
        #expect(ScenarioValidation.problems(with: withBoth, references: ScenarioDocumentTests.references).isEmpty)

        var french = scenario
        french.sourceLanguage = .fr
        #expect(inject.inserted(into: french, phase: 0) == nil, "an item goes only into a scenario of its own language")
        #expect(inject.inserted(into: scenario, phase: 5) == nil)
    }
}
