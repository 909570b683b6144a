/// A start tag found in rendered HTML, with its attributes (values decoded).
public struct ScannedTag: Equatable, Sendable {
    public let name: String
    public let attributes: [(name: String, value: String)]

    /// A tag with its attributes, in order.
    public init(name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.attributes = attributes
    }

    public static func == (left: ScannedTag, right: ScannedTag) -> Bool {
        left.name == right.name && left.attributes.elementsEqual(right.attributes) { $0 == $1 }
    }
}

/// Reads HTML the way a browser's tokenizer starts a tag, so the attack tests check
/// what a browser would build rather than whether some substring happens to appear.
///
/// Every `<` followed by a letter, `/`, `!` or `?` is a tag (or comment, or
/// declaration) to a browser; the scanner reports start tags and flags the others.
public enum HTMLTagScanner {
    /// What a scan found.
    public struct Result: Sendable {
        public var tags: [ScannedTag] = []
        /// Comments, doctypes, processing instructions and CDATA: never in our output.
        public var markupDeclarations = 0
    }

    /// The tags of `html`, as a browser's tokenizer starts them.
    public static func scan(_ html: String) -> Result {
        let chars = Array(html.unicodeScalars)
        var result = Result()
        var index = 0
        while index < chars.count {
            guard chars[index] == "<", index + 1 < chars.count else {
                index += 1
                continue
            }
            let next = chars[index + 1]
            if next == "!" || next == "?" {
                result.markupDeclarations += 1
                index += 2
            } else if next == "/" {
                index = (chars[index...].firstIndex(of: ">") ?? chars.count - 1) + 1
            } else if next.properties.isAlphabetic && next.isASCII {
                index = startTag(chars, from: index + 1, into: &result)
            } else {
                index += 1
            }
        }
        return result
    }

    private static func startTag(_ chars: [Unicode.Scalar], from start: Int, into result: inout Result) -> Int {
        var index = start
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\u{0C}" || c == "\r" }
        while index < chars.count, !isSpace(chars[index]), chars[index] != "/", chars[index] != ">" { index += 1 }
        let name = String(String.UnicodeScalarView(chars[start..<index])).lowercased()
        var attributes: [(name: String, value: String)] = []
        while index < chars.count, chars[index] != ">" {
            if isSpace(chars[index]) || chars[index] == "/" {
                index += 1
                continue
            }
            let nameStart = index
            while index < chars.count, !isSpace(chars[index]), !"/>=".unicodeScalars.contains(chars[index]) { index += 1 }
            let attributeName = String(String.UnicodeScalarView(chars[nameStart..<index])).lowercased()
            while index < chars.count, isSpace(chars[index]) { index += 1 }
            var value = ""
            if index < chars.count, chars[index] == "=" {
                index += 1
                while index < chars.count, isSpace(chars[index]) { index += 1 }
                let valueStart: Int
                let valueEnd: Int
                if index < chars.count, chars[index] == "\"" || chars[index] == "'" {
                    let quote = chars[index]
                    valueStart = index + 1
                    valueEnd = chars[valueStart...].firstIndex(of: quote) ?? chars.count
                    index = min(valueEnd + 1, chars.count)
                } else {
                    valueStart = index
                    while index < chars.count, !isSpace(chars[index]), chars[index] != ">" { index += 1 }
                    valueEnd = index
                }
                value = decodeReferences(String(String.UnicodeScalarView(chars[valueStart..<valueEnd])))
            }
            attributes.append((attributeName, value))
        }
        result.tags.append(ScannedTag(name: name, attributes: attributes))
        return index + 1
    }

    /// The references our renderer writes, plus numeric ones, decoded as a browser would.
    private static func decodeReferences(_ value: String) -> String {
        var output = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            let tail = rest[amp...]
            let named: [(String, String)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")]
            if let (entity, character) = named.first(where: { tail.hasPrefix($0.0) }) {
                output += character
                rest = tail.dropFirst(entity.count)
            } else {
                output += "&"
                rest = tail.dropFirst()
            }
        }
        return output + rest
    }
}
