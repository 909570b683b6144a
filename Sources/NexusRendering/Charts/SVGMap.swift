import NexusLocalization
import NexusDomain
/// A map of the countries a dashboard covers, drawn on the server as SVG.
///
/// The shaded countries get a class by intensity, `map-1` to `map-4`; the other countries in
/// view are drawn as plain land (`map-land`) so the reader can tell where they are; a state too
/// small for an outline is a dot (`map-point`), and the water behind them is `map-sea`. A map
/// is never mirrored for right-to-left languages: north-west is where it is in every language.
public enum SVGMap {
    /// The share of the view added around it before outlines are clipped, so that the edges the
    /// clipping draws fall outside the picture.
    static let clipMargin = 0.05
    /// A dot's radius as a share of the view's larger side, so that it looks the same size at
    /// every zoom.
    static let pointRadius = 0.007

    /// The map as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - shapes: the outlines and points, usually `CountryShapes.bundled`.
    ///   - shaded: intensity by ISO 3166-1 alpha-2 code, 1 (least) to 4 (most); other numbers
    ///     are brought into that range. Codes the shapes do not have are left out.
    ///   - names: each country's name in the reader's language, for its tooltip.
    ///   - title: the accessible name of the map (its `<title>`).
    ///   - id: the map's element id, unique on the page; its title's id is `id-title`.
    public static func render(
        shapes: CountryShapes, shaded: [String: Int], names: [String: String],
        title: String, id: String
    ) -> String {
        let focus = shaded.keys.compactMap(shapes.focus(of:)).reduce(nil as GeoBounds?) { $0?.union($1) ?? $1 }
        let viewport = MapViewport.fitting(focus, world: shapes.world)
        let clip = viewport.bounds.padded(by: clipMargin)
        let box = viewport.viewBox

        var svg = SVGRoot.open(
            id: id, className: "chart chart-map", width: box.width, height: box.height,
            minX: box.minX, minY: box.minY, title: title)
        svg +=
            "<rect class=\"map-sea\" x=\"\(SVGText.number(box.minX))\" y=\"\(SVGText.number(box.minY))\""
            + " width=\"\(SVGText.number(box.width))\" height=\"\(SVGText.number(box.height))\" fill=\"\(ChartPalette.sea)\"/>"
        // The group carries the fallback colours once for every country and dot in it; a class
        // rule in the stylesheet still wins over them.
        svg += "<g fill=\"\(ChartPalette.land)\" stroke=\"\(ChartPalette.border)\" stroke-width=\"0.75\">"
        // Plain land first, so that the shaded countries' borders are drawn over it, not under.
        let codes = shapes.countries.keys.sorted()
        for code in codes where shaded[code] == nil {
            svg += country(code, in: shapes, className: "map-land", fill: nil, viewport: viewport, clip: clip, names: names)
        }
        for code in codes {
            guard let intensity = shaded[code].map(intensityStep) else { continue }
            svg += country(
                code, in: shapes, className: "map-\(intensity)", fill: ChartPalette.intensity(intensity),
                viewport: viewport, clip: clip, names: names)
        }
        // Only dots whose centre is in view: a dot cut in half at the edge reads as a smudge.
        let radius = max(box.width, box.height) * pointRadius
        for (code, point) in shapes.points.sorted(by: { $0.key < $1.key }) where viewport.bounds.contains(point) {
            let intensity = shaded[code].map(intensityStep)
            let className = intensity.map { "map-point map-\($0)" } ?? "map-point map-land"
            let fill = intensity.map { " fill=\"\(ChartPalette.intensity($0))\"" } ?? ""
            svg +=
                "<circle class=\"\(className)\" data-code=\"\(MarkupText.escape(code))\""
                + " cx=\"\(SVGText.number(viewport.x(Double(point.lon))))\" cy=\"\(SVGText.number(viewport.y(Double(point.lat))))\""
                + " r=\"\(SVGText.number(radius))\"\(fill) stroke=\"\(ChartPalette.pointRing)\" vector-effect=\"non-scaling-stroke\">"
                + "<title>\(MarkupText.escape(names[code] ?? code))</title></circle>"
        }
        svg += "</g>"
        return svg + SVGRoot.close
    }

    /// `value` brought into the four intensity classes.
    static func intensityStep(_ value: Int) -> Int {
        min(4, max(1, value))
    }

    /// One country's `<path>`, with only the outlines (or the parts of them) inside `clip`;
    /// nothing when none are.
    private static func country(
        _ code: String, in shapes: CountryShapes, className: String, fill: String?,
        viewport: MapViewport, clip: GeoBounds, names: [String: String]
    ) -> String {
        guard let country = shapes.countries[code], clip.intersects(country.bounds) else { return "" }
        var data = ""
        for ring in country.rings {
            var corners: [String] = []
            for corner in RingClipper.clip(ring, to: clip) {
                let point = SVGText.number(viewport.x(corner.lon)) + "," + SVGText.number(viewport.y(corner.lat))
                // Corners that round to the same spot add bytes and nothing else.
                if point != corners.last { corners.append(point) }
            }
            // The file closes each ring by repeating its first corner; "Z" already does that.
            if corners.count > 1, corners.first == corners.last { corners.removeLast() }
            guard corners.count >= 3 else { continue }
            data += "M" + corners[0] + "L" + corners.dropFirst().joined(separator: " ") + "Z"
        }
        guard !data.isEmpty else { return "" }
        let colour = fill.map { " fill=\"\($0)\"" } ?? ""
        return "<path class=\"\(className)\" data-code=\"\(MarkupText.escape(code))\"\(colour) d=\"\(data)\""
            + " vector-effect=\"non-scaling-stroke\"><title>\(MarkupText.escape(names[code] ?? code))</title></path>"
    }
}
