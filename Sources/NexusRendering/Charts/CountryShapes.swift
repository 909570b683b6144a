import NexusLocalization
import NexusDomain
import Foundation

/// The world's countries as the evidence maps draw them: Natural Earth's 1:110m outlines, and a
/// point for each state too small to have one (Resources/Maps, see SOURCE.md there).
///
/// Decoding the file takes a moment and its contents never change, so the server decodes it
/// once (`bundled`) and every map shares the result.
public final class CountryShapes: Sendable {
    /// One closed outline: the coast of an island, a mainland or the edge of a hole.
    struct Ring: Sendable {
        /// The outline's corners, in order; the last joins the first.
        let points: [GeoPoint]
        /// The rectangle around them, so a map skips outlines outside its view without reading them.
        let bounds: GeoBounds
    }

    /// A country with an outline.
    struct Country: Sendable {
        /// Natural Earth's English name.
        let name: String
        /// Every outline, in the file's order.
        let rings: [Ring]
        /// The rectangle around every outline.
        let bounds: GeoBounds
        /// The rectangle around the mainland and the outlines near it, which is what a map
        /// centres on: France's includes Corsica but not French Guiana, Russia's stops at the
        /// 180th meridian, the United States' leaves Hawaii out.
        let focus: GeoBounds
    }

    /// The file was not what `naturalearth_to_json.py` writes.
    struct Invalid: Error, CustomStringConvertible {
        /// What was wrong.
        let description: String
    }

    /// The countries with an outline, by ISO 3166-1 alpha-2 code.
    let countries: [String: Country]
    /// The countries without one, by ISO 3166-1 alpha-2 code: their capital.
    let points: [String: GeoPoint]
    /// The rectangle around every country and point: the view of a map with nothing to centre on.
    let world: GeoBounds

    /// How far, in tenths of a degree, an outline may lie from a country's mainland and still
    /// count in the rectangle a map centres on.
    static let focusReach = 150.0

    /// Decodes the JSON that `naturalearth_to_json.py` writes.
    init(json: Data) throws {
        /// The file's layout; "source" and "units" are for people and are not read.
        struct File: Decodable {
            /// One country: its English name and its rings as flat longitude, latitude lists.
            struct Entry: Decodable {
                let name: String
                let rings: [[Int]]
            }
            let countries: [String: Entry]
            let points: [String: [Int]]?
        }
        let file = try JSONDecoder().decode(File.self, from: json)
        var countries: [String: Country] = [:]
        for (code, entry) in file.countries {
            let rings = try entry.rings.map { flat in
                guard flat.count >= 6, flat.count.isMultiple(of: 2) else {
                    throw Invalid(description: "\(code) has a ring of \(flat.count) numbers, not pairs of at least three points")
                }
                let points = stride(from: 0, to: flat.count, by: 2).map { GeoPoint(lon: flat[$0], lat: flat[$0 + 1]) }
                return Ring(points: points, bounds: GeoBounds(points)!)
            }
            guard let first = rings.first else { throw Invalid(description: "\(code) has no ring") }
            let bounds = rings.dropFirst().reduce(first.bounds) { $0.union($1.bounds) }
            countries[code] = Country(name: entry.name, rings: rings, bounds: bounds, focus: Self.focus(of: rings))
        }
        var points: [String: GeoPoint] = [:]
        for (code, pair) in file.points ?? [:] {
            guard pair.count == 2 else { throw Invalid(description: "\(code)'s point has \(pair.count) numbers") }
            points[code] = GeoPoint(lon: pair[0], lat: pair[1])
        }
        guard let anyCountry = countries.values.first else { throw Invalid(description: "the file has no country") }
        let everything = countries.values.map(\.bounds) + points.values.map { GeoBounds([$0])! }
        self.world = everything.reduce(anyCountry.bounds) { $0.union($1) }
        self.countries = countries
        self.points = points
    }

    /// Reads and decodes a file.
    convenience init(contentsOf url: URL) throws {
        try self.init(json: Data(contentsOf: url))
    }

    /// The shapes bundled with the product, decoded on first use. The server reads them
    /// at start-up, so a build without them does not start rather than drawing no maps.
    public static var bundled: CountryShapes {
        get throws { try loaded.get() }
    }

    private static let loaded = Result<CountryShapes, any Error> {
        guard let url = Bundle.module.url(forResource: "countries-110m", withExtension: "json", subdirectory: "Resources/Maps")
        else { throw Invalid(description: "Resources/Maps/countries-110m.json is not in the NexusRendering bundle") }
        return try CountryShapes(contentsOf: url)
    }

    /// The rectangle a map of `code` centres on: a country's focus, or its point; nil for a code
    /// the file does not have.
    func focus(of code: String) -> GeoBounds? {
        countries[code]?.focus ?? points[code].flatMap { GeoBounds([$0]) }
    }

    /// The mainland's rectangle grown by every outline within `focusReach` of it, until no more
    /// are that close, so that far-away territories do not stretch a regional map.
    private static func focus(of rings: [Ring]) -> GeoBounds {
        var remaining = rings.sorted { area(of: $0) > area(of: $1) }
        var focus = remaining.removeFirst().bounds
        var grew = true
        while grew {
            grew = false
            remaining.removeAll { ring in
                guard focus.gap(to: ring.bounds) <= focusReach else { return false }
                focus = focus.union(ring.bounds)
                grew = true
                return true
            }
        }
        return focus
    }

    /// The ring's area in square tenths of a degree, only to tell a mainland from its islands.
    private static func area(of ring: Ring) -> Double {
        let points = ring.points
        var twice = 0.0
        for index in points.indices {
            let next = points[(index + 1) % points.count]
            twice += Double(points[index].lon * next.lat - next.lon * points[index].lat)
        }
        return abs(twice) / 2
    }
}
