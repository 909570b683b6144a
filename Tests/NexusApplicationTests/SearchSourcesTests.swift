import NexusApplication
import NexusDomain
import NexusTestSupport
import Testing

/// Search accepts exactly the kinds and facets the features' sources register: a kind
/// written by no source, or a document whose kind its source did not register, could be
/// found but never filtered for.
@Suite("Search sources and what they register")
struct SearchSourcesTests {
    @Test("every kind belongs to exactly one source, and every facet to some source")
    func registry() {
        for kind in SearchKind.allCases {
            let owners = SearchSources.all.filter { $0.kinds.contains(kind) }.map { $0.source }
            #expect(owners.count == 1, "\(kind) is registered by \(owners)")
        }
        #expect(SearchSources.facets == SearchFacet.allCases)
        #expect(Set(SearchSources.all.map { $0.source }).count == SearchSources.all.count, "source names are unique")
    }

    @Test("the documents each source writes carry only the kinds and facets it registered")
    func documentsMatchTheRegistry() async throws {
        try await TestServices.run(.sqlite, content: Fixtures.bundledContent, start: true) { services in
            let snapshot = services.store.snapshot
            let toolkit = ToolkitSearchSource.documents(from: snapshot)
            let findings = services.store.evidence.findings.flatMap { EvidenceSearchSource.documents(of: $0, snapshot: snapshot) }
            #expect(!toolkit.isEmpty && !findings.isEmpty)
            for (source, documents) in [(ToolkitSearchSource.self as any SearchSource.Type, toolkit), (EvidenceSearchSource.self, findings)] {
                for document in documents {
                    #expect(document.source == source.source)
                    #expect(source.kinds.contains(document.kind), "\(document.id)")
                    #expect(Set(document.facets.keys).isSubset(of: source.facets), "\(document.id)")
                }
            }
            #expect(Set(toolkit.map(\.kind)) == Set(ToolkitSearchSource.kinds), "every toolkit kind has documents in the bundled content")
        }
    }
}
