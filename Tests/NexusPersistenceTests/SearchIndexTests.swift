import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("The search index on both engines")
struct SearchIndexTests {
    static func document(
        _ item: String, _ language: Language, _ title: String, _ text: String,
        kind: SearchKind = .practice, theme: String = "a"
    ) -> SearchDocument {
        SearchDocument(
            id: "test:\(kind.rawValue)/\(item)/\(language.code)", source: "test", kind: kind, item: item, language: language,
            title: title, text: text, facets: [.theme: [theme]])
    }

    static let corpus: [SearchDocument] = [
        document("prisons", .en, "Prisons and radicalisation", "Prison services see how groups recruit inmates."),
        document("prisons", .fr, "Prisons et radicalisation", "Les services pénitentiaires voient comment les groupes recrutent."),
        document("financing", .en, "Financing of terrorism", "Criminal proceeds fund terrorist groups.", theme: "b"),
        document("financing", .fr, "Financement du terrorisme", "Les produits du crime financent des groupes terroristes.", theme: "b"),
        document("borders", .ar, "أمن الحُدُود", "تتعاون أجهزة الحدود والجمارك في مراقبة التهريب.", theme: "c"),
        document("corruption", .sq, "Luftimi i korrupsionit", "Korrupsioni lehtëson lidhjet midis krimit dhe terrorizmit.", theme: "c"),
        document(
            "untoc", .en, "Convention against Transnational Organized Crime", "The Palermo convention of 2000.",
            kind: .instrument, theme: "d"),
    ]

    private func withIndex(_ engine: TestEngine, _ body: @Sendable (SearchIndex) async throws -> Void) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let index = SearchIndex(database: database)
            try await index.replace(source: "test", with: Self.corpus)
            try await body(index)
        }
    }

    private func ids(_ index: SearchIndex, _ text: String, _ language: Language = .en) async throws -> [String] {
        try await index.search(SearchQuery(text: text, language: language)).hits.map(\.document.id)
    }

    @Test("words find their stems in every language, whatever the accents, vowels and endings", arguments: TestEngine.available)
    func matching(engine: TestEngine) async throws {
        try await withIndex(engine) { index throws in
            #expect(try await ids(index, "prison radicalisation").first == "test:practice/prisons/en")
            #expect(try await ids(index, "financement du terrorisme", .fr).first == "test:practice/financing/fr")
            #expect(try await ids(index, "financement terrorisme", .fr).first == "test:practice/financing/fr", "accents optional")
            #expect(try await ids(index, "الحدود", .ar) == ["test:practice/borders/ar"])
            #expect(try await ids(index, "الحُدُودِ", .ar) == ["test:practice/borders/ar"], "with tashkeel")
            #expect(try await ids(index, "korrupsion", .sq) == ["test:practice/corruption/sq"])
            #expect(try await ids(index, "zzzz unknown").isEmpty)
            #expect(try await ids(index, "the and of").isEmpty, "stop words alone find nothing")
        }
    }

    @Test("a word of five letters or more with one letter wrong still finds its item", arguments: TestEngine.available)
    func typos(engine: TestEngine) async throws {
        try await withIndex(engine) { index throws in
            #expect(try await ids(index, "korupsion", .sq) == ["test:practice/corruption/sq"], "a letter missing")
            #expect(try await ids(index, "terrorixm").contains("test:practice/financing/en"), "a letter replaced")
            #expect(try await ids(index, "convenntion").contains("test:instrument/untoc/en"), "a letter added")
            #expect(try await ids(index, "terorrism").contains("test:practice/financing/en"), "two neighbours swapped")
            #expect(try await ids(index, "prisan").isEmpty == false)
            #expect(try await ids(index, "crom").isEmpty, "short words must be typed right")
        }
    }

    @Test("the query's language comes first; filters and facet counts follow the matches", arguments: TestEngine.available)
    func orderAndFacets(engine: TestEngine) async throws {
        try await withIndex(engine) { index throws in
            #expect(try await ids(index, "prisons", .fr) == ["test:practice/prisons/fr", "test:practice/prisons/en"])
            #expect(try await ids(index, "prisons", .en) == ["test:practice/prisons/en", "test:practice/prisons/fr"])
            let all = try await index.search(SearchQuery(text: "groups groupes", language: .en))
            #expect(all.total == 4)
            #expect(all.facets[.facet(.theme)]?.first == FacetCount(value: "a", count: 2))
            #expect(Set(all.facets[.language] ?? []) == [FacetCount(value: "en", count: 2), FacetCount(value: "fr", count: 2)])
            let filtered = try await index.search(SearchQuery(text: "groups groupes", language: .en, facets: [.theme: "b"]))
            #expect(filtered.hits.map(\.document.item) == ["financing", "financing"])
            let french = try await index.search(SearchQuery(text: "groups groupes", language: .en, onlyLanguage: .fr))
            #expect(french.total == 2 && french.hits.allSatisfy { $0.document.language == .fr })
            let instruments = try await index.search(SearchQuery(text: "crime", language: .en, kinds: [.instrument]))
            #expect(instruments.hits.map(\.document.item) == ["untoc"])
            let paged = try await index.search(SearchQuery(text: "groups groupes", language: .en, page: 2, pageSize: 3))
            #expect(paged.total == 4 && paged.hits.count == 1)
        }
    }

    @Test("replacing a source drops what is gone and rewrites what changed", arguments: TestEngine.available)
    func replace(engine: TestEngine) async throws {
        try await withIndex(engine) { index throws in
            let changed = Self.document("prisons", .en, "Prisons and rehabilitation", "Probation services help people leave groups.")
            try await index.replace(source: "test", with: [changed])
            #expect(try await index.count(source: "test") == 1)
            #expect(try await ids(index, "radicalisation").isEmpty)
            #expect(try await ids(index, "rehabilitation") == ["test:practice/prisons/en"])
            #expect(try await ids(index, "financing").isEmpty)
            try await index.replace(source: "test", items: ["prisons"], with: [Self.document("prisons", .en, "Prisons", "Nothing else.")])
            #expect(try await ids(index, "rehabilitation").isEmpty)
            #expect(try await index.count(source: "test") == 1)
        }
    }

    @Test("an alias finds its document as a title word does, and is never shown", arguments: TestEngine.available)
    func aliases(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            let index = SearchIndex(database: database)
            let french = SearchDocument(
                id: "test:instrument/untoc/fr", source: "test", kind: .instrument, item: "untoc", language: .fr,
                title: "Convention de Palerme", text: "Le principal traité.",
                aliases: ["UNTOC"])
            try await index.replace(source: "test", with: [french])
            let found = try await index.search(SearchQuery(text: "untoc", language: .fr))
            #expect(found.hits.map(\.document.id) == ["test:instrument/untoc/fr"])
            #expect(found.hits.first?.document.title == "Convention de Palerme")
            #expect(found.hits.first?.document.text.contains("UNTOC") == false)
        }
    }
}
