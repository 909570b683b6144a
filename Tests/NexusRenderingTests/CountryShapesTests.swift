import Foundation
import NexusTestSupport
import Testing

/// The country shapes the evidence maps will draw (Resources/Maps, see SOURCE.md there).
@Suite("Country shapes")
struct CountryShapesTests {
    @Test("the file has the countries of the four consultation regions, each with closed-enough rings in range")
    func regions() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Sources/NexusRendering/Resources/Maps/countries-110m.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let countries = try #require(document["countries"] as? [String: [String: Any]])
        #expect(countries.count > 170)
        for code in ["DZ", "ML", "NE", "MR", "TD", "AL", "XK", "MK", "KE", "SO", "ET", "ID", "PH", "MY"] {
            let rings = try #require(countries[code]?["rings"] as? [[Int]], "\(code)")
            #expect(!rings.isEmpty && rings.allSatisfy { $0.count >= 6 && $0.count % 2 == 0 }, "\(code)")
            let longitudes = rings.flatMap { ring in stride(from: 0, to: ring.count, by: 2).map { ring[$0] } }
            #expect(longitudes.allSatisfy { (-1800...1800).contains($0) }, "\(code)")
        }
        #expect(countries.keys.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isUppercase) })
    }
}
