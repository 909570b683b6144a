import Foundation

/// The words a toolkit document uses for its structure, in each language, as
/// patterns for whole (normalised) lines.
///
/// The patterns follow the Policy Toolkit's printed layout: "Good Practice 2: …",
/// "Key actions", "Step 1 – …", "Key actors", and lettered sections "A. …".
struct DocumentVocabulary: Sendable {
    /// Matches a practice heading; captures the number and the rest of the line (title).
    let practice: NSRegularExpression
    /// Matches the "Key actions" heading.
    let keyActions: NSRegularExpression
    /// Matches a step; captures the number and the rest of the line.
    let step: NSRegularExpression
    /// Matches the "Key actors" heading; captures any text after it on the same line.
    let keyActors: NSRegularExpression

    /// Matches a lettered section heading in any language; captures the letter and the title.
    static let section = pattern(#"^([A-HАВ]|[أبجدهوزح])\s*[.)]\s+(\S.{1,90})$"#)

    /// Arabic letters used for section letters, mapped to the Latin ones the content uses.
    static let arabicLetters: [Character: String] = ["أ": "A", "ب": "B", "ج": "C", "د": "D", "ه": "E", "و": "F", "ز": "G", "ح": "H"]

    static func forLanguage(_ language: Language) -> DocumentVocabulary {
        switch language {
        case .en:
            DocumentVocabulary(
                practice: pattern(#"^(?:Good\s+Practice|GP)\s*(\d{1,3})\s*[:.–—-]?\s*(.*)$"#),
                keyActions: pattern(#"^Key\s+actions\s*:?$"#),
                step: pattern(#"^Step\s*(\d{1,2})\s*[:.–—-]?\s*(.*)$"#),
                keyActors: pattern(#"^Key\s+actors\s*:?\s*(.*)$"#))
        case .fr:
            DocumentVocabulary(
                practice: pattern(#"^(?:Bonne\s+pratique|BP)\s*(\d{1,3})\s*[:.–—-]?\s*(.*)$"#),
                keyActions: pattern(#"^Actions\s+cl[ée]s\s*:?$"#),
                step: pattern(#"^[ÉE]tape\s*(\d{1,2})\s*[:.–—-]?\s*(.*)$"#),
                keyActors: pattern(#"^Acteurs\s+cl[ée]s\s*:?\s*(.*)$"#))
        case .ar:
            DocumentVocabulary(
                // In extracted right-to-left text the colon can land on either side of the number.
                practice: pattern(#"^(?:الممارسة\s+الجيدة|ممارسة\s+جيدة)\s*(?:رقم\s*)?[:.–—-]?\s*(\d{1,3})\s*[:.–—-]?\s*(.*)$"#),
                keyActions: pattern(#"^الإجراءات\s+الرئيسية\s*:?$"#),
                step: pattern(#"^الخطوة\s*[:.–—-]?\s*(\d{1,2})\s*[:.–—-]?\s*(.*)$"#),
                keyActors: pattern(#"^الجهات\s+الفاعلة\s+الرئيسية\s*:?\s*(.*)$"#))
        case .sq:
            DocumentVocabulary(
                practice: pattern(#"^(?:Praktika\s+e\s+mir[eë]|PM)\s*(\d{1,3})\s*[:.–—-]?\s*(.*)$"#),
                keyActions: pattern(#"^Veprimet\s+ky[çc]e\s*:?$"#),
                step: pattern(#"^Hapi\s*(\d{1,2})\s*[:.–—-]?\s*(.*)$"#),
                keyActors: pattern(#"^Aktor[ëe]t\s+ky[çc]\s*:?\s*(.*)$"#))
        }
    }

    private static func pattern(_ text: String) -> NSRegularExpression {
        // The patterns are constants checked by the tests; a typo is a programming error.
        try! NSRegularExpression(pattern: text, options: [.caseInsensitive])
    }
}

extension NSRegularExpression {
    /// The captured groups of a whole-string match, or `nil` when `line` does not match.
    func captures(in line: String) -> [String]? {
        let range = NSRange(line.startIndex..., in: line)
        guard let match = firstMatch(in: line, range: range) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: line).map { String(line[$0]) } ?? ""
        }
    }
}
