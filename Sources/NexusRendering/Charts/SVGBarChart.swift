import NexusLocalization
import NexusDomain
/// A horizontal bar chart drawn on the server as SVG, for the regional evidence dashboards.
///
/// Each bar gets a row: its label at the inline-start edge, then the bar, then its value at
/// the bar's end. Colours come from the page's stylesheet through the `chart-*` classes.
public enum SVGBarChart {
    /// The view box's width; the page's CSS scales the whole chart, text included.
    static let width = 480.0
    /// The label and value text size, in view box units.
    static let fontSize = 13.0
    /// The height of one row, bar and the gap below it.
    static let rowHeight = 26.0
    /// The bar's thickness within its row.
    static let barHeight = 16.0
    /// The empty margin around the chart, and between label, bar and value.
    static let padding = 6.0
    /// The share of the width the labels may take; longer labels are shortened with an ellipsis.
    static let labelShare = 0.4

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - bars: the rows, drawn in this order from the top.
    ///   - title: the accessible name of the chart (its `<title>`).
    ///   - id: the chart's element id, unique on the page; its title's id is `id-title`.
    ///   - rightToLeft: mirrors the chart for Arabic: labels on the right, bars growing leftwards.
    ///   - numberFormatter: writes a count in the reader's digits and grouping.
    public static func render(
        _ bars: [ChartBar], title: String, id: String, rightToLeft: Bool,
        numberFormatter: (Int) -> String
    ) -> String {
        let values = bars.map { max(0, $0.value) }
        let shown = values.map(numberFormatter)
        let maximum = values.max() ?? 0
        let labelWidth = width * labelShare
        let valueWidth = (shown.map { TextMetrics.width(of: $0, fontSize: fontSize) }.max() ?? 0) + padding
        let barStart = labelWidth + padding
        // The longest bar still leaves room for its value before the far edge.
        let barRoom = max(0, width - padding - valueWidth - barStart)
        let height = padding * 2 + rowHeight * Double(max(bars.count, 1))
        let axis = InlineAxis(width: width, rightToLeft: rightToLeft)

        var svg = SVGRoot.open(
            id: id, className: "chart chart-bars", width: width, height: height,
            fontSize: fontSize, title: title)
        for (index, bar) in bars.enumerated() {
            let top = padding + rowHeight * Double(index)
            let middle = top + rowHeight / 2
            // Zero bars share one scale with the rest; a chart of zeros has nothing to scale to.
            let length = maximum > 0 ? barRoom * Double(values[index]) / Double(maximum) : 0
            let label = TextMetrics.fitted(bar.label, maxWidth: labelWidth - padding, fontSize: fontSize)
            svg += "<g class=\"chart-row\"><title>\(MarkupText.escape("\(bar.label): \(shown[index])"))</title>"
            svg +=
                "<text class=\"chart-label\" x=\"\(SVGText.number(axis.x(padding)))\" y=\"\(SVGText.number(middle))\""
                + " dominant-baseline=\"central\"\(axis.textAttributes(anchor: "start"))>\(MarkupText.escape(SVGText.isolated(label)))</text>"
            svg +=
                "<rect class=\"chart-bar\" x=\"\(SVGText.number(axis.boxX(barStart, width: length)))\""
                + " y=\"\(SVGText.number(middle - barHeight / 2))\" width=\"\(SVGText.number(length))\""
                + " height=\"\(SVGText.number(barHeight))\" fill=\"\(ChartPalette.bar)\"/>"
            svg +=
                "<text class=\"chart-value\" x=\"\(SVGText.number(axis.x(barStart + length + padding / 2)))\""
                + " y=\"\(SVGText.number(middle))\" dominant-baseline=\"central\"\(axis.textAttributes(anchor: "start"))>"
                + "\(MarkupText.escape(shown[index]))</text></g>"
        }
        return svg + SVGRoot.close
    }
}
