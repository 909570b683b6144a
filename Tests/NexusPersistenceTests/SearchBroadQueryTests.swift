import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

/// A query matching more documents than the index's broad limit is answered from bounded
/// candidates: title matches first, then others, and says that it is not exhaustive.
@Suite("Broad queries")
struct SearchBroadQueryTests {
    /// Eight documents mention borders; three have the word in their title.
    static let corpus: [SearchDocument] = (1...8).map { number in
        let titled = number <= 3
        return SearchIndexTests.document(
            "item\(number)", .en, titled ? "Border control \(number)" : "Customs report \(number)",
            "Officers at the border check travellers and goods.", theme: number % 2 == 0 ? "a" : "b")
    }

    private func results(_ engine: TestEngine, limit: Int, page: Int = 1) async throws -> SearchResults {
        try await TestDatabase.withDatabase(engine) { database throws in
            let index = SearchIndex(database: database, broadLimit: limit)
            try await index.replace(source: "test", with: Self.corpus)
            return try await index.search(SearchQuery(text: "border", language: .en, page: page, pageSize: 4))
        }
    }

    @Test("under the limit every match is ranked and counted", arguments: TestEngine.available)
    func exhaustive(engine: TestEngine) async throws {
        let found = try await results(engine, limit: 8)
        #expect(found.isExhaustive && found.total == 8 && found.pageable == 8)
        #expect(found.facets[.kind] == [FacetCount(value: "practice", count: 8)])
    }

    @Test("over the limit: a lower bound, title matches first, facets over the candidates", arguments: TestEngine.available)
    func broad(engine: TestEngine) async throws {
        let found = try await results(engine, limit: 2)
        #expect(!found.isExhaustive)
        #expect(found.total == 2, "more than the limit")
        #expect(found.pageable == 4, "two title matches and two others")
        #expect(found.hits.prefix(2).allSatisfy { $0.document.title.hasPrefix("Border control") })
        #expect(found.hits.count == 4)
        #expect(Set(found.hits.map(\.document.id)).count == found.hits.count, "no document twice")
        #expect(found.facets[.kind] == [FacetCount(value: "practice", count: 4)])
        let second = try await results(engine, limit: 2, page: 2)
        #expect(second.hits.isEmpty)
    }
}
