import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NexusTestSupport
@testable import NexusRendering
import Testing

/// The server-drawn SVG charts and map of the regional evidence dashboards (Evidence/Charts).
/// Each output is parsed as XML, so a test fails on broken markup as well as on wrong numbers.
@Suite("Evidence charts")
struct EvidenceChartsTests {
    /// Western digits, as the French and English pages write counts.
    static let plain: @Sendable (Int) -> String = { String($0) }
    /// Arabic-Indic digits, as an Arabic page writes its counts.
    static let arabicDigits: @Sendable (Int) -> String = { number in
        String(
            String(number).map { digit in
                digit.wholeNumberValue.map { Character(Unicode.Scalar(0x0660 + UInt32($0))!) } ?? digit
            })
    }

    // MARK: Text

    @Test("text is escaped for element content and attributes")
    func escaping() {
        #expect(MarkupText.escape("A & B <script>\"x\" 'y'") == "A &amp; B &lt;script&gt;&quot;x&quot; &#39;y&#39;")
        #expect(MarkupText.escape("وكالة حكومية") == "وكالة حكومية")
    }

    @Test("coordinates are written with at most one decimal and never as -0")
    func numbers() {
        #expect(SVGText.number(3) == "3")
        #expect(SVGText.number(1.26) == "1.3")
        #expect(SVGText.number(-12.34) == "-12.3")
        #expect(SVGText.number(-0.04) == "0")
        #expect(SVGText.number(.nan) == "0")
    }

    @Test("a long label is shortened with an ellipsis to its width; a short one is kept")
    func fitting() {
        let long = "Organisation de la société civile pour la protection des témoins"
        let fitted = TextMetrics.fitted(long, maxWidth: 150, fontSize: 13)
        #expect(fitted.hasSuffix("…") && fitted.count < long.count)
        #expect(long.hasPrefix(String(fitted.dropLast())))
        #expect(TextMetrics.width(of: fitted, fontSize: 13) <= 150)
        #expect(TextMetrics.fitted("Police", maxWidth: 150, fontSize: 13) == "Police")
    }

    // MARK: Bar chart

    @Test("bars are drawn in order with lengths proportional to their values")
    func barsInOrder() throws {
        let bars = [ChartBar(label: "Ministry", value: 30), ChartBar(label: "NGO", value: 10), ChartBar(label: "Police", value: 20)]
        let svg = try parse(
            SVGBarChart.render(
                bars, title: "Who answered", id: "who", rightToLeft: false,
                numberFormatter: Self.plain))
        let rows = svg.descendants("g").filter { $0.attribute("class") == "chart-row" }
        #expect(rows.map { $0.descendants("text").first { $0.attribute("class") == "chart-label" }?.ownText } == ["Ministry", "NGO", "Police"])
        #expect(rows.map { $0.descendants("text").first { $0.attribute("class") == "chart-value" }?.ownText } == ["30", "10", "20"])
        #expect(rows.map { $0.descendants("title").first?.stringValue } == ["Ministry: 30", "NGO: 10", "Police: 20"])
        let widths = try svg.descendants("rect").map { try #require($0.number("width")) }
        #expect(widths.count == 3)
        #expect(abs(widths[1] / widths[0] - 1.0 / 3) < 0.01)
        #expect(abs(widths[2] / widths[0] - 2.0 / 3) < 0.01)
        // Bars start where the labels' 40% column ends and the longest stays inside the view box.
        let (_, _, width, _) = try svg.viewBox()
        #expect(svg.descendants("rect").allSatisfy { abs(($0.number("x") ?? 0) - width * 0.4 - SVGBarChart.padding) < 0.1 })
        #expect(widths[0] > width * 0.4 && width * 0.4 + widths[0] < width)
        // Each value sits just past its own bar's end.
        for row in rows {
            let bar = try #require(row.descendants("rect").first)
            let value = try #require(row.descendants("text").first { $0.attribute("class") == "chart-value" })
            let end = (bar.number("x") ?? 0) + (bar.number("width") ?? 0)
            #expect(try #require(value.number("x")) > end && (value.number("x") ?? 0) < end + 10)
        }
    }

    @Test("the chart names itself for screen readers and has no fixed pixel size")
    func accessible() throws {
        let svg = try parse(
            SVGBarChart.render(
                [ChartBar(label: "NGO", value: 1)], title: "Who answered", id: "who-dz",
                rightToLeft: false, numberFormatter: Self.plain))
        #expect(svg.attribute("role") == "img")
        let title = try #require(svg.children?.first as? XMLElement)
        #expect(title.localName == "title" && title.stringValue == "Who answered")
        #expect(svg.attribute("aria-labelledby") == title.attribute("id") && title.attribute("id") == "who-dz-title")
        #expect(svg.attribute("width") == "100%" && svg.attribute("height") == nil)
    }

    @Test("right to left, labels sit at the right in RTL direction and bars grow leftwards")
    func barsRightToLeft() throws {
        let bars = [ChartBar(label: "وكالة حكومية", value: 12), ChartBar(label: "منظمة غير حكومية", value: 4)]
        let svg = try parse(
            SVGBarChart.render(
                bars, title: "من أجاب", id: "who", rightToLeft: true,
                numberFormatter: Self.arabicDigits))
        let (_, _, width, _) = try svg.viewBox()
        let labels = svg.descendants("text").filter { $0.attribute("class") == "chart-label" }
        #expect(labels.map(\.ownText) == ["وكالة حكومية", "منظمة غير حكومية"])
        #expect(svg.descendants("text").allSatisfy { $0.attribute("direction") == "rtl" })
        #expect(labels.allSatisfy { ($0.number("x") ?? 0) > width * 0.95 && $0.attribute("text-anchor") == "start" })
        #expect(svg.descendants("text").contains { $0.ownText == "١٢" })
        let rects = svg.descendants("rect")
        // Every bar ends at the labels' column, 60% across, and the longer bar reaches further left.
        #expect(rects.allSatisfy { abs(($0.number("x") ?? 0) + ($0.number("width") ?? 0) - width * 0.6 + SVGBarChart.padding) < 0.2 })
        #expect((rects[0].number("x") ?? 0) < (rects[1].number("x") ?? 0))
        for row in svg.descendants("g") {
            let bar = try #require(row.descendants("rect").first)
            let value = try #require(row.descendants("text").first { $0.attribute("class") == "chart-value" })
            #expect(try #require(value.number("x")) < (bar.number("x") ?? 0))
        }
        #expect(!(svg.xmlString.contains("scale(-1")), "a mirror transform would mirror the glyphs too")
    }

    @Test("each drawn label is isolated, so a French label in an Arabic chart keeps its own direction")
    func isolatedLabels() throws {
        let bars = try parse(
            SVGBarChart.render(
                [ChartBar(label: "Police (nationale)", value: 2)], title: "t", id: "i",
                rightToLeft: true, numberFormatter: Self.plain))
        let heat = try parse(
            SVGHeatmap.render(
                rows: ["الشرطة"], columns: ["Mali (Bamako)"], values: [[1]], title: "t",
                id: "j", rightToLeft: false, numberFormatter: Self.plain))
        let labels =
            bars.descendants("text").filter { $0.attribute("class") == "chart-label" }
            + heat.descendants("text").filter { ["heat-row", "heat-column"].contains($0.attribute("class")) }
        #expect(labels.map(\.rawText) == ["\u{2068}Police (nationale)\u{2069}", "\u{2068}Mali (Bamako)\u{2069}", "\u{2068}الشرطة\u{2069}"])
        #expect(TextMetrics.width(of: "\u{2068}x\u{2069}", fontSize: 10) == TextMetrics.width(of: "x", fontSize: 10))
    }

    @Test("no bars, or bars that are all zero, still make a valid chart")
    func emptyAndZero() throws {
        let empty = try parse(SVGBarChart.render([], title: "Nothing", id: "none", rightToLeft: false, numberFormatter: Self.plain))
        #expect(empty.descendants("rect").isEmpty)
        #expect(try empty.viewBox().height > 0)
        let zeros = try parse(
            SVGBarChart.render(
                [ChartBar(label: "A", value: 0), ChartBar(label: "B", value: 0)],
                title: "Zeros", id: "zeros", rightToLeft: true, numberFormatter: Self.plain))
        #expect(zeros.descendants("rect").map { $0.number("width") } == [0, 0])
        let positions =
            zeros.descendants("rect").flatMap { ["x", "y", "width", "height"].map($0.number) }
            + zeros.descendants("text").flatMap { ["x", "y"].map($0.number) }
        #expect(positions.count == 16 && positions.allSatisfy { $0?.isFinite == true })
    }

    @Test("labels and titles are escaped, and a shortened label keeps its whole text in the bar's title")
    func barEscapingAndShortening() throws {
        let long = "Organisation de la société civile pour la protection des témoins et des victimes"
        let output = SVGBarChart.render(
            [ChartBar(label: "A & B <script>", value: 3), ChartBar(label: long, value: 5)],
            title: "T <b>", id: "x\"y", rightToLeft: false, numberFormatter: Self.plain)
        #expect(!output.contains("<script>") && !output.contains("<b>"))
        #expect(output.contains("A &amp; B &lt;script&gt;"))
        let svg = try parse(output)
        #expect(svg.attribute("id") == "x\"y")
        let labels = svg.descendants("text").filter { $0.attribute("class") == "chart-label" }
        #expect(labels.first?.ownText == "A & B <script>")
        let drawn = try #require(labels.last?.ownText)
        #expect(drawn.hasSuffix("…") && drawn.count < long.count)
        #expect(svg.descendants("title").contains { $0.stringValue == "\(long): 5" })
    }

    // MARK: Heatmap

    @Test("each cell's class is its intensity step, zero alone being heat-0")
    func heatSteps() throws {
        let svg = try parse(
            SVGHeatmap.render(
                rows: ["Police", "Courts"], columns: ["Algeria", "Mali", "Niger"],
                values: [[0, 1, 8], [4, 2, 5]], title: "Sources", id: "heat",
                rightToLeft: false, numberFormatter: Self.plain))
        let cells = svg.descendants("g")
        #expect(cells.map { $0.attribute("class") } == ["heat-0", "heat-1", "heat-4", "heat-2", "heat-1", "heat-3"])
        #expect(cells.map { $0.descendants("text").first?.ownText } == ["0", "1", "8", "4", "2", "5"])
        #expect(cells[2].descendants("title").first?.stringValue == "Police — Niger: 8")
        #expect(SVGHeatmap.step(3, maximum: 0) == 0 && SVGHeatmap.step(-1, maximum: 4) == 0)
        #expect((1...12).map { SVGHeatmap.step($0, maximum: 12) } == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
        // Column labels are slanted over their columns, left to right.
        let columns = svg.descendants("text").filter { $0.attribute("class") == "heat-column" }
        #expect(columns.map(\.ownText) == ["Algeria", "Mali", "Niger"])
        #expect(columns.allSatisfy { $0.attribute("transform")?.hasPrefix("rotate(-35 ") == true })
        let xs = columns.compactMap { $0.number("x") }
        #expect(xs == xs.sorted() && xs.count == 3)
    }

    @Test("right to left, the first column is rightmost and row labels are on the right")
    func heatRightToLeft() throws {
        let svg = try parse(
            SVGHeatmap.render(
                rows: ["الشرطة"], columns: ["الجزائر", "مالي", "النيجر"],
                values: [[3, 0, 12]], title: "المصادر", id: "heat",
                rightToLeft: true, numberFormatter: Self.arabicDigits))
        let (_, _, width, _) = try svg.viewBox()
        let columns = svg.descendants("text").filter { $0.attribute("class") == "heat-column" }
        let xs = columns.compactMap { $0.number("x") }
        #expect(columns.map(\.ownText) == ["الجزائر", "مالي", "النيجر"])
        #expect(xs.count == 3 && xs == xs.sorted(by: >))
        let cells = svg.descendants("rect").compactMap { $0.number("x") }
        #expect(cells == cells.sorted(by: >))
        let row = try #require(svg.descendants("text").first { $0.attribute("class") == "heat-row" })
        #expect(try #require(row.number("x")) > width * 0.95 && row.attribute("direction") == "rtl")
        #expect(svg.descendants("g").map { $0.descendants("text").first?.ownText } == ["٣", "٠", "١٢"])
    }

    @Test("a heatmap escapes its labels and survives missing cells and an empty grid")
    func heatEdges() throws {
        let output = SVGHeatmap.render(
            rows: ["A & B <script>", "short row"], columns: ["x"], values: [[2]], title: "t",
            id: "h", rightToLeft: false, numberFormatter: Self.plain)
        #expect(!output.contains("<script>"))
        let svg = try parse(output)
        #expect(svg.descendants("g").map { $0.attribute("class") } == ["heat-4", "heat-0"])
        #expect(svg.descendants("title").contains { $0.stringValue == "A & B <script> — x: 2" })
        let empty = try parse(
            SVGHeatmap.render(
                rows: [], columns: [], values: [], title: "t", id: "e",
                rightToLeft: true, numberFormatter: Self.plain))
        #expect(empty.descendants("rect").isEmpty)
    }

    // MARK: Map

    @Test("the bundled shapes decode, with points for states too small to draw")
    func shapes() throws {
        let shapes = try CountryShapes.bundled
        #expect(shapes.countries.count > 170)
        #expect(shapes.countries["DZ"]?.name == "Algeria")
        #expect(shapes.countries["SG"] == nil)
        #expect(shapes.points["SG"] == GeoPoint(lon: 1039, lat: 13))
        #expect(shapes.points.keys.allSatisfy { shapes.countries[$0] == nil })
        // France's focus stays in Europe although its outline includes French Guiana.
        let france = try #require(shapes.countries["FR"])
        #expect(france.bounds.minLon < -500 && france.focus.minLon > -100)
        let file = Fixtures.repositoryRoot.appendingPathComponent("Sources/NexusRendering/Resources/Maps/countries-110m.json")
        #expect(try CountryShapes(contentsOf: file).points.count == shapes.points.count)
    }

    @Test("a map of Algeria and Mali frames north-west Africa and draws the neighbours as land")
    func northWestAfrica() throws {
        let output = SVGMap.render(
            shapes: try CountryShapes.bundled, shaded: ["DZ": 2, "ML": 1],
            names: ["DZ": "Algérie", "ML": "Mali", "NE": "Niger"], title: "Where", id: "map")
        let svg = try parse(output)
        let paths = svg.descendants("path")
        let algeria = try #require(paths.first { $0.attribute("data-code") == "DZ" })
        let mali = try #require(paths.first { $0.attribute("data-code") == "ML" })
        #expect(algeria.attribute("class") == "map-2" && algeria.descendants("title").first?.stringValue == "Algérie")
        #expect(mali.attribute("class") == "map-1" && mali.descendants("title").first?.stringValue == "Mali")
        #expect(paths.first { $0.attribute("data-code") == "NE" }?.attribute("class") == "map-land")
        #expect(paths.first { $0.attribute("data-code") == "MA" }?.descendants("title").first?.stringValue == "MA")
        #expect(!paths.contains { ["RU", "US", "CN", "BR"].contains($0.attribute("data-code")) })
        #expect(svg.attribute("role") == "img" && svg.attribute("aria-labelledby") == "map-title")

        // The view box is in tenths of a degree, x shrunk by the cosine of the middle latitude.
        let (minX, minY, width, height) = try svg.viewBox()
        let north = -minY / 10
        let south = -(minY + height) / 10
        let scale = cos((north + south) / 2 * .pi / 180)
        let west = minX / scale / 10
        let east = (minX + width) / scale / 10
        #expect((-25.0 ... -12.3).contains(west), "Mali reaches 12.2°W")
        #expect((12.1...25.0).contains(east), "Algeria reaches 12°E")
        #expect((2.0...10.0).contains(south), "Mali reaches 10.1°N")
        #expect((37.2...45.0).contains(north), "Algeria reaches 37.1°N")

        // Outlines are clipped near the view: no corner far outside it.
        for path in paths {
            let numbers = (path.attribute("d") ?? "").split(whereSeparator: { "MLZ, ".contains($0) }).compactMap { Double($0) }
            let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
            let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
            #expect(xs.allSatisfy { $0 >= minX - width * 0.1 && $0 <= minX + width * 1.1 }, "\(path.attribute("data-code") ?? "")")
            #expect(ys.allSatisfy { $0 >= minY - height * 0.1 && $0 <= minY + height * 1.1 }, "\(path.attribute("data-code") ?? "")")
        }
        #expect(output.utf8.count < 80_000)
    }

    @Test("Singapore, too small for an outline, is a dot; the view is not blown up around it")
    func singapore() throws {
        let svg = try parse(
            SVGMap.render(
                shapes: try CountryShapes.bundled, shaded: ["SG": 3],
                names: ["SG": "Singapour"], title: "Where", id: "sg"))
        let dot = try #require(svg.descendants("circle").first { $0.attribute("data-code") == "SG" })
        #expect(dot.attribute("class") == "map-point map-3")
        #expect(dot.descendants("title").first?.stringValue == "Singapour")
        let (_, _, width, height) = try svg.viewBox()
        #expect(width >= MapViewport.minimumWidth - 0.1 && height >= MapViewport.minimumHeight / 2)
        #expect(abs(try #require(dot.number("cx")) / cos(1.3 * .pi / 180) - 1039) < 1)
        #expect(svg.descendants("path").contains { $0.attribute("data-code") == "MY" && $0.attribute("class") == "map-land" })
    }

    @Test("an empty map shows the whole world; names are escaped")
    func world() throws {
        let svg = try parse(
            SVGMap.render(
                shapes: try CountryShapes.bundled, shaded: [:], names: ["FR": "A & B <script>"],
                title: "World", id: "w"))
        let (_, _, width, height) = try svg.viewBox()
        #expect(width > 3000 && height > 1200)
        #expect(svg.descendants("path").count > 170)
        #expect(svg.descendants("title").contains { $0.stringValue == "A & B <script>" })
        #expect(svg.descendants("path").allSatisfy { $0.attribute("class") == "map-land" })
    }
}

// MARK: Reading the SVG back

/// The output parsed as XML: a chart that is not well-formed fails here.
private func parse(_ svg: String) throws -> XMLElement {
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement())
    #expect(root.localName == "svg")
    return root
}

extension XMLElement {
    /// Every element below this one named `name`, in document order.
    fileprivate func descendants(_ name: String) -> [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }.flatMap { child in
            (child.localName == name ? [child] : []) + child.descendants(name)
        }
    }

    /// The attribute's value; read from `attributes` because corelibs Foundation's
    /// `attribute(forName:)` finds nothing on an element in the SVG namespace.
    fileprivate func attribute(_ name: String) -> String? {
        (attributes ?? []).first { ($0.localName ?? $0.name) == name }?.stringValue
    }

    /// The attribute read as a number.
    fileprivate func number(_ name: String) -> Double? { attribute(name).flatMap(Double.init) }

    /// The element's own text, without that of a `<title>` inside it nor the direction
    /// isolates around a label (see `rawText`).
    fileprivate var ownText: String {
        rawText.filter { $0 != "\u{2068}" && $0 != "\u{2069}" }
    }

    /// The element's own text as drawn, direction isolates included.
    fileprivate var rawText: String {
        (children ?? []).filter { $0.kind == .text }.compactMap(\.stringValue).joined()
    }

    /// The root's `viewBox`, which every test reads its geometry against.
    fileprivate func viewBox() throws -> (minX: Double, minY: Double, width: Double, height: Double) {
        let numbers = (attribute("viewBox") ?? "").split(separator: " ").compactMap { Double($0) }
        try #require(numbers.count == 4)
        return (numbers[0], numbers[1], numbers[2], numbers[3])
    }
}
