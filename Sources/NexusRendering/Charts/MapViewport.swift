import NexusLocalization
import NexusDomain
import Foundation

/// The part of the world a map shows, and how it lays longitude and latitude on the page.
///
/// The projection is equirectangular with longitude shrunk by the cosine of the view's middle
/// latitude, so that a regional map is not stretched sideways, and north is up. It works in the
/// shapes' own units, tenths of a degree: the SVG view box is then the view itself, readable
/// when debugging, and strokes are kept even by `vector-effect` rather than by the scale.
struct MapViewport: Sendable {
    /// The longitudes and latitudes shown.
    let bounds: GeoBounds
    /// How much a tenth of a degree of longitude is narrower than one of latitude here.
    let xScale: Double

    /// The share of the shaded countries' width and height left free on each side.
    static let padding = 0.15
    /// The smallest view, in tenths of a degree (longitude already shrunk): one small country
    /// is then shown among its neighbours rather than blown up to fill the map.
    static let minimumWidth = 120.0, minimumHeight = 80.0
    /// The narrowest and widest proportions of a regional map, so that a long thin country
    /// (Chile, Malawi) does not make a map too tall for a phone or too flat to read.
    static let minimumAspect = 1.0, maximumAspect = 2.0

    /// The view around `focus`, padded and kept within sensible sizes; the whole `world` when
    /// there is nothing to focus on.
    static func fitting(_ focus: GeoBounds?, world: GeoBounds) -> MapViewport {
        guard let focus else { return MapViewport(bounds: world, xScale: scale(at: (world.minLat + world.maxLat) / 2)) }
        var bounds = focus.padded(by: padding)
        let middleLat = (bounds.minLat + bounds.maxLat) / 2
        let middleLon = (bounds.minLon + bounds.maxLon) / 2
        let xScale = scale(at: middleLat)
        var width = max(bounds.lonSpan * xScale, minimumWidth)
        var height = max(bounds.latSpan, minimumHeight)
        width = max(width, height * minimumAspect)
        height = max(height, width / maximumAspect)
        bounds = GeoBounds(
            minLon: middleLon - width / xScale / 2, minLat: max(-900, middleLat - height / 2),
            maxLon: middleLon + width / xScale / 2, maxLat: min(900, middleLat + height / 2))
        return MapViewport(bounds: bounds, xScale: xScale)
    }

    /// The cosine of a latitude in tenths of a degree, kept away from zero near the poles.
    private static func scale(at lat: Double) -> Double {
        max(0.2, cos(lat / 10 * .pi / 180))
    }

    /// The drawn x of a longitude.
    func x(_ lon: Double) -> Double { lon * xScale }
    /// The drawn y of a latitude: SVG's y grows downwards, so north is up.
    func y(_ lat: Double) -> Double { -lat }

    /// The view box's left edge, top edge, width and height.
    var viewBox: (minX: Double, minY: Double, width: Double, height: Double) {
        (x(bounds.minLon), y(bounds.maxLat), bounds.lonSpan * xScale, bounds.latSpan)
    }
}
