import NexusLocalization
import NexusDomain
/// The horizontal axis of a chart laid out in reading order.
///
/// Charts compute their layout once, left to right, and this turns each position into the
/// drawn one: mirrored for a right-to-left language. Mirroring the coordinates rather than
/// the drawing keeps Arabic glyphs the right way round.
struct InlineAxis {
    /// The width of the chart's view box.
    let width: Double
    /// Whether positions are mirrored.
    let rightToLeft: Bool

    /// The drawn x of a point `inline` units from the inline-start edge.
    func x(_ inline: Double) -> Double {
        rightToLeft ? width - inline : inline
    }

    /// The drawn left edge of a box that starts `inline` units from the inline-start edge.
    func boxX(_ inline: Double, width boxWidth: Double) -> Double {
        rightToLeft ? width - inline - boxWidth : inline
    }

    /// The attributes that make a `<text>` run in the reading direction and sit on the side of
    /// its anchor that `anchor` (in reading order: start, middle or end) names.
    func textAttributes(anchor: String) -> String {
        rightToLeft ? " direction=\"rtl\" text-anchor=\"\(anchor)\"" : " text-anchor=\"\(anchor)\""
    }
}
