/// Markdown reduced to the words a reader sees, for indexing and snippets: headings,
/// emphasis, list markers and link targets go; link texts stay.
public enum PlainText {
    /// The text of `markdown`, one line per paragraph or list item.
    public static func fromMarkdown(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            var text = line.trimmingPrefix(while: { $0 == "#" || $0 == ">" || $0 == " " })
            if let marker = text.first, "-*+".contains(marker), text.dropFirst().first == " " { text = text.dropFirst(2) }
            if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber), !text[..<dot].isEmpty,
               text[text.index(after: dot)...].first == " " {
                text = text[text.index(dot, offsetBy: 2)...]
            }
            return links(in: String(text)).filter { !"*_`".contains($0) }
        }.joined(separator: "\n")
    }

    /// "[text](url)" as "text".
    private static func links(in line: String) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
                  rest[rest.index(after: close)] == "(", let end = rest[close...].firstIndex(of: ")") else { break }
            result += rest[..<open] + rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}

extension Substring {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex { !predicate($0) } ?? endIndex)...]
    }
}
