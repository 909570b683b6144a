import NexusLocalization
import NexusDomain
import Foundation

/// A grid of counts drawn on the server as SVG, each cell shaded by how large its count is:
/// for the regional evidence dashboards' "who said what where" tables.
///
/// Row labels sit at the inline-start edge, column labels above the grid, slanted so that long
/// ones stay readable without widening every column. Shades come from the page's stylesheet
/// through the classes `heat-0` (zero) to `heat-4` (the largest counts).
public enum SVGHeatmap {
    /// The label and cell text size, in view box units.
    static let fontSize = 12.0
    /// A cell's size.
    static let cellWidth = 52.0, cellHeight = 28.0
    /// The empty margin around the chart and between labels and grid.
    static let padding = 6.0
    /// The widest a row label or a column label is drawn before it is shortened with an ellipsis.
    static let maxRowLabelWidth = 180.0, maxColumnLabelWidth = 140.0
    /// The slant of the column labels, in degrees: steep enough to pack long labels over narrow
    /// columns, shallow enough to read without tilting one's head.
    static let columnLabelSlant = 35.0

    /// The shade step of `value` in a grid whose largest count is `maximum`: 0 for nothing, then
    /// 1 to 4 by quarters of the maximum, so that the largest cell is always step 4.
    static func step(_ value: Int, maximum: Int) -> Int {
        guard value > 0, maximum > 0 else { return 0 }
        return min(4, max(1, Int((4 * Double(value) / Double(maximum)).rounded(.up))))
    }

    /// The heatmap as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - rows: the row labels, top to bottom.
    ///   - columns: the column labels, in reading order.
    ///   - values: `values[row][column]`; a missing cell counts as zero, and so does a negative one.
    ///   - title: the accessible name of the chart (its `<title>`).
    ///   - id: the chart's element id, unique on the page; its title's id is `id-title`.
    ///   - rightToLeft: mirrors the grid for Arabic: row labels on the right, first column rightmost.
    ///   - numberFormatter: writes a count in the reader's digits.
    public static func render(
        rows: [String], columns: [String], values: [[Int]], title: String, id: String,
        rightToLeft: Bool, numberFormatter: (Int) -> String
    ) -> String {
        /// A cell's count, forgiving a ragged `values` rather than trapping on it.
        func value(_ row: Int, _ column: Int) -> Int {
            row < values.count && column < values[row].count ? max(0, values[row][column]) : 0
        }
        let maximum = values.flatMap { $0 }.max() ?? 0
        let rowLabels = rows.map { TextMetrics.fitted($0, maxWidth: maxRowLabelWidth, fontSize: fontSize) }
        let columnLabels = columns.map { TextMetrics.fitted($0, maxWidth: maxColumnLabelWidth, fontSize: fontSize) }
        let rowLabelWidth = rowLabels.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0
        let columnLabelWidths = columnLabels.map { TextMetrics.width(of: $0, fontSize: fontSize) }

        let slant = columnLabelSlant * .pi / 180
        let gridStart = padding + rowLabelWidth + padding
        let gridEnd = gridStart + cellWidth * Double(columns.count)
        let header = (columnLabelWidths.max() ?? 0) * sin(slant) + fontSize + padding
        // A slanted label reaches past its column towards the inline end; the last ones can
        // reach past the grid, so the view box grows to keep them whole.
        var reach = 0.0
        for (index, labelWidth) in columnLabelWidths.enumerated() {
            let anchor: Double = gridStart + cellWidth * (Double(index) + 0.5)
            reach = max(reach, anchor + labelWidth * cos(slant) - gridEnd)
        }
        let width = gridEnd + reach + padding
        let height = header + cellHeight * Double(rows.count) + padding
        let axis = InlineAxis(width: width, rightToLeft: rightToLeft)
        let angle = SVGText.number(rightToLeft ? columnLabelSlant : -columnLabelSlant)

        var svg = SVGRoot.open(
            id: id, className: "chart chart-heatmap", width: width, height: height,
            fontSize: fontSize, title: title)
        for (index, label) in columnLabels.enumerated() {
            let x = SVGText.number(axis.x(gridStart + cellWidth * (Double(index) + 0.5)))
            let y = SVGText.number(header - padding)
            svg +=
                "<text class=\"heat-column\" x=\"\(x)\" y=\"\(y)\" transform=\"rotate(\(angle) \(x) \(y))\""
                + "\(axis.textAttributes(anchor: "start"))>\(fullTitle(columns[index], shown: label))"
                + "\(MarkupText.escape(SVGText.isolated(label)))</text>"
        }
        for (row, label) in rowLabels.enumerated() {
            let top = header + cellHeight * Double(row)
            let middle = SVGText.number(top + cellHeight / 2)
            svg +=
                "<text class=\"heat-row\" x=\"\(SVGText.number(axis.x(padding)))\" y=\"\(middle)\""
                + " dominant-baseline=\"central\"\(axis.textAttributes(anchor: "start"))>"
                + "\(fullTitle(rows[row], shown: label))\(MarkupText.escape(SVGText.isolated(label)))</text>"
            for column in columns.indices {
                let left = axis.boxX(gridStart + cellWidth * Double(column), width: cellWidth)
                svg += cell(
                    row: rows[row], column: columns[column], count: value(row, column), maximum: maximum,
                    left: left, top: top, numberFormatter: numberFormatter, axis: axis)
            }
        }
        return svg + SVGRoot.close
    }

    /// One cell: its shade, its count and a tooltip naming its row and column.
    private static func cell(
        row: String, column: String, count: Int, maximum: Int, left: Double, top: Double,
        numberFormatter: (Int) -> String, axis: InlineAxis
    ) -> String {
        let shown = numberFormatter(count)
        let tooltip = MarkupText.escape("\(row) — \(column): \(shown)")
        let box =
            "x=\"\(SVGText.number(left))\" y=\"\(SVGText.number(top))\""
            + " width=\"\(SVGText.number(cellWidth))\" height=\"\(SVGText.number(cellHeight))\""
        let centre = "x=\"\(SVGText.number(left + cellWidth / 2))\" y=\"\(SVGText.number(top + cellHeight / 2))\""
        let shade = step(count, maximum: maximum)
        let colours = (cell: ChartPalette.intensity(shade), text: ChartPalette.text(onIntensity: shade))
        return "<g class=\"heat-\(shade)\"><title>\(tooltip)</title>"
            + "<rect class=\"heat-cell\" \(box) fill=\"\(colours.cell)\" stroke=\"\(ChartPalette.border)\"/>"
            + "<text class=\"heat-value\" \(centre) fill=\"\(colours.text)\" dominant-baseline=\"central\""
            + "\(axis.textAttributes(anchor: "middle"))>"
            + "\(MarkupText.escape(shown))</text></g>"
    }

    /// A `<title>` with the whole label when the drawn one was shortened, so that hovering shows it.
    private static func fullTitle(_ label: String, shown: String) -> String {
        label == shown ? "" : "<title>\(MarkupText.escape(label))</title>"
    }
}
