import Foundation

/// Finds footnotes at the foot of each page and the markers that refer to them.
///
/// A footnote is a line at the bottom of a page that starts with its number and a
/// space ("6 See the United Nations Convention against Corruption"), possibly
/// wrapped onto a following line; it counts only when the page's text carries the
/// marker, a number glued to a word or punctuation ("officials.6").
struct Footnotes {
    /// Footnote texts by page, then by number.
    private(set) var texts: [Int: [Int: String]] = [:]
    /// The indices of the lines that belong to footnotes, to leave out of the text.
    private(set) var lineIndices: Set<Int> = []

    private static let start = try! NSRegularExpression(pattern: #"^(\d{1,3})\s+(\S.*)$"#)
    private static let marker = try! NSRegularExpression(pattern: #"(?<=[\p{L}.,;:)»”"'’])(\d{1,3})(?=\s|$|[.,;:])"#)

    init(lines: [DocumentLine]) {
        let pages = Dictionary(grouping: lines.indices, by: { lines[$0].page })
        for (page, indices) in pages {
            let pageText = indices.map { lines[$0].text }.joined(separator: "\n")
            var pending: [Int] = []
            var found: [Int: String] = [:]
            var sawBlankAbove = false
            for index in indices.reversed() {
                let line = lines[index]
                if line.isBlank {
                    sawBlankAbove = !found.isEmpty || !pending.isEmpty
                    continue
                }
                if let parts = Self.start.captures(in: line.text), let number = Int(parts[0]),
                    Self.isReferenced(number, in: pageText)
                {
                    let continuation = pending.reversed().map { lines[$0].text }
                    found[number] = ([parts[1]] + continuation).joined(separator: " ")
                    lineIndices.insert(index)
                    lineIndices.formUnion(pending)
                    pending = []
                    sawBlankAbove = false
                    continue
                }
                // A plain line: a continuation of a footnote below it, or the end of the block.
                if sawBlankAbove || pending.count >= 2 { break }
                pending.append(index)
            }
            if !found.isEmpty { texts[page] = found }
        }
    }

    /// Removes the footnote markers from `line` and returns the numbers it referred to.
    func stripMarkers(from line: String, page: Int) -> (text: String, numbers: [Int]) {
        guard let known = texts[page], !known.isEmpty else { return (line, []) }
        var text = line
        var numbers: [Int] = []
        let matches = Self.marker.matches(in: line, range: NSRange(line.startIndex..., in: line))
        for match in matches.reversed() {
            guard let range = Range(match.range(at: 1), in: text), let number = Int(text[range]),
                known[number] != nil
            else { continue }
            text.removeSubrange(range)
            numbers.insert(number, at: 0)
        }
        return (text, numbers)
    }

    func text(of number: Int, page: Int) -> String? { texts[page]?[number] }

    private static func isReferenced(_ number: Int, in text: String) -> Bool {
        marker.matches(in: text, range: NSRange(text.startIndex..., in: text)).contains { match in
            Range(match.range(at: 1), in: text).map { Int(text[$0]) == number } ?? false
        }
    }
}
