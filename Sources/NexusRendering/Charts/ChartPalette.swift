import NexusLocalization
import NexusDomain
/// The colours a chart is drawn in when the page's stylesheet says nothing about it.
///
/// They are written as presentation attributes (`fill="…"`), which any CSS rule on the
/// element's class overrides, so the stylesheet still decides; they only keep a chart legible
/// in a feed reader, a saved page or before the stylesheet has loaded. The intensity scale is
/// one hue getting darker, which reads the same to colour-blind readers and in greyscale.
enum ChartPalette {
    /// A bar of a bar chart.
    static let bar = "#2a6f97"
    /// Water on a map.
    static let sea = "#eaf3f8"
    /// A country on a map that is there for context only.
    static let land = "#e0ddd5"
    /// The lines between countries and between heatmap cells.
    static let border = "#ffffff"
    /// The ring around a small state's dot.
    static let pointRing = "#333333"

    /// The fill of intensity step 0 (nothing) to 4 (the most).
    static func intensity(_ step: Int) -> String {
        ["#f0f0f0", "#cfe3f0", "#8dbbdb", "#3f85b8", "#0b4f80"][min(4, max(0, step))]
    }

    /// The text colour that stays readable on intensity step `step`.
    static func text(onIntensity step: Int) -> String {
        step >= 3 ? "#ffffff" : "#222222"
    }
}
