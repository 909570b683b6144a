import NexusLocalization
import NexusDomain
/// Text and numbers as they go into SVG markup.
///
/// Every label, title and id the charts draw comes from content that editors or
/// participants wrote, so it passes through `MarkupText.escape` before it reaches the markup.
enum SVGText {
    /// `label` wrapped in Unicode's first-strong isolate, so that it is laid out in its own
    /// direction whatever the chart's: a French name left untranslated in an Arabic chart keeps
    /// its closing bracket at its end, and an Arabic name in a French chart reads from the right.
    static func isolated(_ label: String) -> String {
        "\u{2068}" + label + "\u{2069}"
    }

    /// `value` rounded to one decimal, without a trailing ".0" or a "-0", so that coordinates
    /// stay short: a map draws thousands of them.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let whole = "\(tenths < 0 ? "-" : "")\(magnitude / 10)"
        return magnitude % 10 == 0 ? whole : "\(whole).\(magnitude % 10)"
    }
}
