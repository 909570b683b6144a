import NexusLocalization
import NexusDomain
/// A guess at how wide a label is drawn, since SVG markup cannot measure its own text.
///
/// The guess leans wide, so that a label is shortened a little early rather than running
/// into the bar beside it.
enum TextMetrics {
    /// The character that marks a label shortened to fit.
    static let ellipsis: Character = "…"

    /// The drawn width of `text` at `fontSize`, in the same units as `fontSize`.
    static func width(of text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em(of: $1) } * fontSize
    }

    /// `text` if it fits in `maxWidth`, else as many of its first characters as fit followed
    /// by an ellipsis. Whole characters are kept so a combining mark or an Arabic vowel sign is
    /// never cut from its letter.
    static func fitted(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        if width(of: text, fontSize: fontSize) <= maxWidth { return text }
        var budget = maxWidth - width(of: String(ellipsis), fontSize: fontSize)
        var kept = ""
        for character in text {
            let cost = width(of: String(character), fontSize: fontSize)
            if cost > budget { break }
            budget -= cost
            kept.append(character)
        }
        // A space left before the ellipsis would read as a gap, not as a cut word.
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + String(ellipsis)
    }

    /// The width of one scalar in ems, by the kind of glyph it usually gets in a sans-serif font.
    private static func em(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        switch value {
        case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x200B...0x200F, 0x2066...0x2069:
            return 0  // combining marks and invisible direction marks take no room of their own
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return 0.55
        case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60:
            return 1.0
        case 0x2026:
            return 1.0
        default:
            break
        }
        let character = Character(scalar)
        if " .,:;'!|()[]ilIjtfr-\u{2019}".contains(character) { return 0.33 }
        if "mwMW@%".contains(character) { return 0.9 }
        if character.isUppercase { return 0.72 }
        if character.isNumber { return 0.6 }
        return 0.58
    }
}
