import NexusLocalization
import NexusDomain
/// Cuts an outline down to a rectangle, so that a regional map does not carry all of Russia's
/// or Canada's coast when only a corner of them is in view.
///
/// This is Sutherland and Hodgman's algorithm. Where it cuts, it runs the outline along the
/// rectangle's edge; the map clips to a rectangle a little larger than its view, so those
/// made-up edges are never seen.
enum RingClipper {
    /// A corner of a clipped outline, in tenths of a degree.
    typealias Corner = (lon: Double, lat: Double)

    /// The part of `ring` inside `box`: the ring itself when it lies wholly inside, nothing
    /// when wholly outside or when less than a triangle is left.
    static func clip(_ ring: CountryShapes.Ring, to box: GeoBounds) -> [Corner] {
        guard box.intersects(ring.bounds) else { return [] }
        var corners = ring.points.map { Corner(lon: Double($0.lon), lat: Double($0.lat)) }
        if box.contains(ring.bounds) { return corners }
        corners = cut(corners, inside: { $0.lon >= box.minLon }, at: { crossing($0, $1, lon: box.minLon) })
        corners = cut(corners, inside: { $0.lon <= box.maxLon }, at: { crossing($0, $1, lon: box.maxLon) })
        corners = cut(corners, inside: { $0.lat >= box.minLat }, at: { crossing($0, $1, lat: box.minLat) })
        corners = cut(corners, inside: { $0.lat <= box.maxLat }, at: { crossing($0, $1, lat: box.maxLat) })
        return corners.count >= 3 ? corners : []
    }

    /// One pass of the algorithm: keeps the corners on the inside of one edge of the box and
    /// adds a corner wherever the outline crosses that edge.
    private static func cut(
        _ corners: [Corner], inside: (Corner) -> Bool,
        at crossing: (Corner, Corner) -> Corner
    ) -> [Corner] {
        guard var previous = corners.last else { return [] }
        var result: [Corner] = []
        for corner in corners {
            switch (inside(previous), inside(corner)) {
            case (true, true): result.append(corner)
            case (true, false): result.append(crossing(previous, corner))
            case (false, true):
                result.append(crossing(previous, corner))
                result.append(corner)
            case (false, false): break
            }
            previous = corner
        }
        return result
    }

    /// Where the segment from `a` to `b` crosses the meridian `lon`.
    private static func crossing(_ a: Corner, _ b: Corner, lon: Double) -> Corner {
        let t = (lon - a.lon) / (b.lon - a.lon)
        return (lon, a.lat + (b.lat - a.lat) * t)
    }

    /// Where the segment from `a` to `b` crosses the parallel `lat`.
    private static func crossing(_ a: Corner, _ b: Corner, lat: Double) -> Corner {
        let t = (lat - a.lat) / (b.lat - a.lat)
        return (a.lon + (b.lon - a.lon) * t, lat)
    }
}
