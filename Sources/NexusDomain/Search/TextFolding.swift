import Foundation

/// Folds text so that the ways people type a word meet: case, Latin diacritics and
/// ligatures (é→e, ë→e, ç→c, œ→oe), and the Arabic variations that do not change a word
/// (tashkeel and tatweel dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي), and
/// Arabic-Indic digits to ASCII, so that "٢٤٨٢" finds resolution 2482.
///
/// Applied identically to indexed text and to queries, so neither database's own
/// tokenizer has to know any of it (SQLite's unicode61 splits words at tashkeel, and
/// Foundation's diacritic folding leaves Arabic as it is).
public enum TextFolding {
    /// `text` folded.
    public static func fold(_ text: String) -> String {
        var arabicFolded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640:
                continue  // tashkeel, dagger alef, Quranic marks, tatweel
            case 0x0622, 0x0623, 0x0625, 0x0671...0x0673:
                arabicFolded.append("ا")
            case 0x0649, 0x0626:
                arabicFolded.append("ي")
            case 0x0629:
                arabicFolded.append("ه")
            case 0x0624:
                arabicFolded.append("و")
            case 0x0660...0x0669, 0x06F0...0x06F9:
                arabicFolded.append(asciiDigit(scalar))
            case 0x0153, 0x0152:
                arabicFolded.append(contentsOf: "oe".unicodeScalars)
            case 0x00E6, 0x00C6:
                arabicFolded.append(contentsOf: "ae".unicodeScalars)
            default:
                arabicFolded.append(scalar)
            }
        }
        return String(arabicFolded).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// `text` with Arabic-Indic and Persian digits written as ASCII digits, nothing else changed.
    public static func asciiDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(asciiDigit)))
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0660...0x0669, 0x06F0...0x06F9: Unicode.Scalar(0x30 + (scalar.value & 0xF))!  // both ranges start at a multiple of 16
        default: scalar
        }
    }
}
