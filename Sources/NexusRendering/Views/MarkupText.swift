import NexusLocalization
import NexusDomain
/// Text made safe for HTML and SVG markup written by hand (search snippets, charts):
/// the templates escape their own values; these strings bypass them.
public enum MarkupText {
    /// `text` safe for element content and for a double- or single-quoted attribute.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
