import NexusLocalization
import NexusDomain
/// A place on the map in the units of the bundled shapes: tenths of a degree, WGS 84.
struct GeoPoint: Sendable, Hashable {
    /// East of Greenwich, -1800...1800.
    let lon: Int
    /// North of the equator, -900...900.
    let lat: Int
}

/// A rectangle of longitude and latitude, in tenths of a degree.
///
/// Doubles rather than the shapes' integers, because a map's view is padded and centred by
/// fractions of a degree.
struct GeoBounds: Sendable, Hashable {
    var minLon: Double, minLat: Double, maxLon: Double, maxLat: Double

    /// The smallest rectangle holding all of `points`; nil for none.
    init?(_ points: some Sequence<GeoPoint>) {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        self.init(minLon: Double(first.lon), minLat: Double(first.lat), maxLon: Double(first.lon), maxLat: Double(first.lat))
        while let point = iterator.next() {
            minLon = min(minLon, Double(point.lon))
            maxLon = max(maxLon, Double(point.lon))
            minLat = min(minLat, Double(point.lat))
            maxLat = max(maxLat, Double(point.lat))
        }
    }

    /// A rectangle from its edges.
    init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }

    /// The width, in tenths of a degree of longitude.
    var lonSpan: Double { maxLon - minLon }
    /// The height, in tenths of a degree of latitude.
    var latSpan: Double { maxLat - minLat }

    /// The smallest rectangle holding both.
    func union(_ other: GeoBounds) -> GeoBounds {
        GeoBounds(
            minLon: min(minLon, other.minLon), minLat: min(minLat, other.minLat),
            maxLon: max(maxLon, other.maxLon), maxLat: max(maxLat, other.maxLat))
    }

    /// Whether the two share any point, edges included.
    func intersects(_ other: GeoBounds) -> Bool {
        minLon <= other.maxLon && other.minLon <= maxLon && minLat <= other.maxLat && other.minLat <= maxLat
    }

    /// Whether `other` lies wholly inside.
    func contains(_ other: GeoBounds) -> Bool {
        minLon <= other.minLon && other.maxLon <= maxLon && minLat <= other.minLat && other.maxLat <= maxLat
    }

    /// Whether `point` lies inside, edges included.
    func contains(_ point: GeoPoint) -> Bool {
        contains(GeoBounds(minLon: Double(point.lon), minLat: Double(point.lat), maxLon: Double(point.lon), maxLat: Double(point.lat)))
    }

    /// How far apart the two are along the wider of the two axes; 0 when they touch or overlap.
    func gap(to other: GeoBounds) -> Double {
        let lonGap = max(0, max(other.minLon - maxLon, minLon - other.maxLon))
        let latGap = max(0, max(other.minLat - maxLat, minLat - other.maxLat))
        return max(lonGap, latGap)
    }

    /// The rectangle grown by `fraction` of its own width and height on every side.
    func padded(by fraction: Double) -> GeoBounds {
        GeoBounds(
            minLon: minLon - lonSpan * fraction, minLat: minLat - latSpan * fraction,
            maxLon: maxLon + lonSpan * fraction, maxLat: maxLat + latSpan * fraction)
    }
}
