import NexusLocalization
import NexusDomain
/// The opening and closing of a chart's `<svg>` element, shared so that every chart is
/// announced the same way to screen readers and sized the same way by the stylesheet.
enum SVGRoot {
    /// The `<svg>` start tag and its accessible `<title>`.
    ///
    /// There is no fixed pixel size: the view box sets the proportions and the page's CSS the
    /// width, from a phone to a desktop. The title's id is derived from `id`, which the caller
    /// keeps unique on the page, so that `aria-labelledby` names this chart and no other.
    static func open(
        id: String, className: String, width: Double, height: Double, fontSize: Double? = nil,
        minX: Double = 0, minY: Double = 0, naturalSize: Bool = false, title: String
    ) -> String {
        let titleID = MarkupText.escape(id + "-title")
        let viewBox = [minX, minY, width, height].map(SVGText.number).joined(separator: " ")
        let font = fontSize.map { " font-size=\"\(SVGText.number($0))\"" } ?? ""
        // At its natural size one view box unit is one pixel: a drawing whose text must stay
        // readable (a network) then scrolls in its figure rather than shrinking on a phone.
        let size = naturalSize ? "width=\"\(SVGText.number(width))\" height=\"\(SVGText.number(height))\"" : "width=\"100%\""
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(MarkupText.escape(id))\" class=\"\(className)\""
            + " viewBox=\"\(viewBox)\" \(size)\(font) role=\"img\" aria-labelledby=\"\(titleID)\">"
            + "<title id=\"\(titleID)\">\(MarkupText.escape(title))</title>"
    }

    /// The end tag matching `open`.
    static let close = "</svg>"
}
