import Foundation
import HummingbirdTesting
import NexusTestSupport
import Testing

/// The relevance set in `Tests/Fixtures/Search/relevance.json`, asked of the bundled
/// toolkit through the API on each engine: every expected item in the top five, and a
/// mean reciprocal rank over the top ten of at least 0.8.
@Suite("Search relevance on the bundled toolkit")
struct SearchRelevanceTests {
    struct Case: Decodable, Sendable {
        let lang: String
        let q: String
        let expect: [String]
    }

    struct Set: Decodable, Sendable {
        let queries: [Case]
    }

    static func cases() throws -> [Case] {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/Search/relevance.json")
        return try JSONDecoder().decode(Set.self, from: Data(contentsOf: url)).queries
    }

    @Test("the set covers the four languages with at least forty queries")
    func coverage() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 40)
        for language in ["en", "fr", "ar", "sq"] { #expect(cases.filter { $0.lang == language }.count >= 10, "\(language)") }
    }

    @Test("expected items rank in the top five; MRR@10 ≥ 0.8", arguments: TestEngine.available)
    func relevance(_ engine: TestEngine) async throws {
        let cases = try Self.cases()
        let ranks = try await TestApp.run(engine: engine) { client in
            var ranks: [Int?] = []
            for test in cases {
                let query = test.q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let page = try await client.get("/api/v1/search?lang=\(test.lang)&q=\(query)")
                let body = try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any]
                let results = (body?["results"] as? [[String: Any]] ?? []).prefix(10)
                let rank = results.firstIndex { result in
                    result["lang"] as? String == test.lang
                        && test.expect.contains("\(result["kind"] as? String ?? "")/\(result["id"] as? String ?? "")")
                }
                ranks.append(rank.map { $0 + 1 })
            }
            return ranks
        }
        let misses = zip(cases, ranks).filter { ($0.1 ?? 99) > 5 }.map { "\($0.0.lang) “\($0.0.q)”: \($0.1.map(String.init) ?? "not in the top 10")" }
        #expect(misses.isEmpty, "\(misses.joined(separator: "; "))")
        let mrr = ranks.map { $0.map { 1.0 / Double($0) } ?? 0 }.reduce(0, +) / Double(ranks.count)
        let notFirst = zip(cases, ranks).filter { $0.1 != 1 }.map { "\($0.0.lang) “\($0.0.q)” \($0.1.map(String.init) ?? "-")" }
        print(
            "Search relevance on \(engine): MRR@10 \(String(format: "%.3f", mrr)) over \(ranks.count) queries, \(misses.count) outside the top 5;"
                + " not first: \(notFirst.joined(separator: ", "))")
        #expect(mrr >= 0.8, "MRR@10 on \(engine) is \(mrr)")
    }
}
