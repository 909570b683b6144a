import Foundation

/// One line of a document, normalised, with the page it is on.
struct DocumentLine: Sendable, Hashable {
    let text: String
    let page: Int
    var isBlank: Bool { text.isEmpty }
}

/// Turns extracted text into clean lines: pages split on form feeds, digits and
/// spacing normalised, Markdown and bullet marks removed, and running headers,
/// footers and page numbers dropped.
enum DocumentLines {
    /// The clean lines of `text`; `isStructural` protects headings such as "Key actions",
    /// which recur on many pages, from being taken for running heads.
    static func lines(of text: String, isStructural: (String) -> Bool = { _ in false }) -> [DocumentLine] {
        let pages = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\u{0C}", omittingEmptySubsequences: false)
        let cleaned = pages.map { page in page.split(separator: "\n", omittingEmptySubsequences: false).map { normalise(String($0)) } }
        let running = runningLines(cleaned.map { $0.filter { !isStructural($0) } })
        var result: [DocumentLine] = []
        for (index, page) in cleaned.enumerated() {
            for line in page {
                if isPageNumber(line) || running.contains(digitless(line)) {
                    continue
                }
                result.append(DocumentLine(text: line, page: index + 1))
            }
            result.append(DocumentLine(text: "", page: index + 1))
        }
        return result
    }

    /// The number of pages in `text`.
    static func pageCount(of text: String) -> Int {
        text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }.count
    }

    static func normalise(_ raw: String) -> String {
        var line = raw.precomposedStringWithCanonicalMapping
        line = String(
            line.map { character -> Character in
                // Arabic-Indic and extended Arabic-Indic digits read as ASCII digits.
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
                    if (0x0660...0x0669).contains(scalar.value) { return Character(String(scalar.value - 0x0660)) }
                    if (0x06F0...0x06F9).contains(scalar.value) { return Character(String(scalar.value - 0x06F0)) }
                }
                return character
            })
        line = line.replacingOccurrences(of: "\u{00AD}", with: "")
        // pdftotext wraps right-to-left text and the numbers inside it in bidi embedding
        // controls; each marks a run boundary, so it becomes a space.
        line = String(
            line.unicodeScalars.map { scalar -> Character in
                switch scalar.value {
                case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: " "
                default: Character(scalar)
                }
            })
        line = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
        // No language here puts a space before a full stop or a comma; extraction sometimes does.
        line = line.replacingOccurrences(of: #" +([.,،؛؟])"#, with: "$1", options: .regularExpression)
        line = line.replacingOccurrences(of: "**", with: "")
        // "ĦĦ" is how a common PDF bullet glyph comes out of pdftotext; U+F0B7 is Symbol-font bullet.
        for bullet in ["ĦĦ", "•", "▪", "●", "◦", "\u{F0B7}", "- ", "– ", "* "] where line.hasPrefix(bullet) {
            line = String(line.dropFirst(bullet.count)).trimmingCharacters(in: .whitespaces)
            line = "• " + line
            break
        }
        while let first = line.first, "#>".contains(first) { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
        return line
    }

    private static func isPageNumber(_ line: String) -> Bool {
        !line.isEmpty && line.count <= 4 && line.allSatisfy(\.isNumber)
    }

    private static func digitless(_ line: String) -> String { line.filter { !$0.isNumber } }

    /// Lines that repeat on at least half the pages (running heads and feet).
    private static func runningLines(_ pages: [[String]]) -> Set<String> {
        let nonEmpty = pages.filter { $0.contains { !$0.isEmpty } }
        guard nonEmpty.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for page in nonEmpty {
            for key in Set(page.map(digitless)) where key.count >= 4 { counts[key, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value * 2 >= nonEmpty.count }.keys)
    }
}
