import NexusDomain
import NexusRendering
import NexusLocalization
@testable import NexusWeb
import Testing

/// The search page's model for the two kinds of answer, without HTML.
@Suite("The search page model")
struct SearchPageModelTests {
    private func env(_ language: Language) -> PageEnvironment {
        PageEnvironment(
            snapshot: PageModelTests.snapshot, language: language, t: PageModelTests.localization[language],
            markdown: MarkdownRenderer(), shapes: try! CountryShapes.bundled)
    }

    private func results(exhaustive: Bool, total: Int, pageable: Int) -> SearchResults {
        let document = SearchDocument(
            id: "toolkit:practice/first/en", source: "toolkit", kind: .practice, item: "first",
            language: .en, title: "Make laws consistent", text: "Review the laws.")
        return SearchResults(
            total: total, hits: [SearchHit(document: document, score: 1)],
            facets: [.kind: [FacetCount(value: "practice", count: 7)]], matchedTerms: [.en: ["law"]],
            isExhaustive: exhaustive, pageable: pageable)
    }

    @Test("every match counted: the number of results, facet counts, pages up to the total")
    func exhaustive() {
        let model = SearchPageModel.make(SearchParameters(text: "laws"), results: results(exhaustive: true, total: 7, pageable: 7), env: env(.en))
        #expect(model.summary == "7 results")
        #expect(model.facetGroups.first?.values.first?.count == 7)
        #expect(model.nextHref == nil)
        #expect(model.hits.first?.snippet.contains(SnippetPart(text: "laws", isMatch: true)) == true)
    }

    @Test("a broad query says there are more, hides facet counts and pages through the candidates")
    func broad() {
        let model = SearchPageModel.make(
            SearchParameters(text: "laws"), results: results(exhaustive: false, total: 250, pageable: 400),
            env: env(.fr))
        #expect(model.summary?.hasPrefix("Plus de 250 résultats") == true)
        #expect(model.facetGroups.first?.values.first?.count == nil)
        #expect(model.nextHref == "/fr/search?q=laws&page=2")
    }

    @Test("kind and facet filters accept what a registered source writes, and refuse anything else")
    func filters() throws {
        let t = PageModelTests.localization[.en]
        let read = try SearchParameters.read(["q": "laws", "kind": "finding", "region": "balkans"], t: t).get()
        #expect(read.kind == .finding && read.facets == [.region: "balkans"])
        #expect(read.href("/en/search") == "/en/search?q=laws&kind=finding&region=balkans")
        #expect(read.with(.kind, nil).with(.facet(.theme), "a").href("/en/search") == "/en/search?q=laws&theme=a&region=balkans")
        for bad in [["kind": "scenario"], ["kind": "Practice"], ["region": "Not a slug"]] {
            guard case .failure(let error) = SearchParameters.read(bad, t: t) else {
                Issue.record("\(bad) was accepted")
                continue
            }
            #expect(error.message.contains(bad.values.first!))
        }
    }
}
