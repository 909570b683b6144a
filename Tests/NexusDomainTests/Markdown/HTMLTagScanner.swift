@testable import NexusDomain

/// A start tag found in rendered HTML, with its attributes (values decoded).
struct ScannedTag: Equatable {
    let name: String
    let attributes: [(name: String, value: String)]

    static func == (left: ScannedTag, right: ScannedTag) -> Bool {
        left.name == right.name && left.attributes.elementsEqual(right.attributes) { $0 == $1 }
    }
}

/// Reads HTML the way a browser's tokenizer starts a tag, so the attack tests check
/// what a browser would build rather than whether some substring happens to appear.
///
/// Every `<` followed by a letter, `/`, `!` or `?` is a tag (or comment, or
/// declaration) to a browser; the scanner reports start tags and flags the others.
enum HTMLTagScanner {
    struct Result {
        var tags: [ScannedTag] = []
        /// Comments, doctypes, processing instructions and CDATA: never in our output.
        var markupDeclarations = 0
    }

    static func scan(_ html: String) -> Result {
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

/// The safety properties every rendering must have, as a list of violations.
enum SafetyCheck {
    static let allowedTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
        "hr", "br", "em", "strong", "a", "img",
    ]
    static let allowedAttributes: Set<String> = ["href", "title", "src", "alt", "start", "class"]
    static let dangerousTags: Set<String> = [
        "script", "iframe", "form", "input", "svg", "style", "object", "embed", "meta", "base", "math", "link",
    ]

    static func violations(in html: String) -> [String] {
        let scanned = HTMLTagScanner.scan(html)
        var problems: [String] = []
        if scanned.markupDeclarations > 0 { problems.append("comment or declaration") }
        for tag in scanned.tags {
            if dangerousTags.contains(tag.name) { problems.append("dangerous <\(tag.name)>") }
            if !allowedTags.contains(tag.name) { problems.append("unexpected <\(tag.name)>") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { problems.append("event handler \(attribute.name) on <\(tag.name)>") }
                if !allowedAttributes.contains(attribute.name) { problems.append("unexpected \(attribute.name)") }
                if attribute.name == "href" || attribute.name == "src",
                   !MarkdownURLPolicy.isAllowed(attribute.value) {
                    problems.append("refused URL \(attribute.value) in \(attribute.name)")
                }
                if attribute.name == "href" || attribute.name == "src", looksDangerous(attribute.value) {
                    problems.append("dangerous URL \(attribute.value) in \(attribute.name)")
                }
            }
        }
        return problems
    }

    /// A check independent of `MarkdownURLPolicy`, so a bug there cannot hide here:
    /// with controls and whitespace gone, no dangerous scheme may appear anywhere.
    private static func looksDangerous(_ url: String) -> Bool {
        let squeezed = String(String.UnicodeScalarView(url.unicodeScalars.filter {
            $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace
        })).lowercased()
        let schemes = ["javascript:", "vbscript:", "data:", "file:", "livescript:"]
        return squeezed.hasPrefix("//") || squeezed.hasPrefix("\\\\") || squeezed.hasPrefix("/\\")
            || squeezed.hasPrefix("\\/") || schemes.contains { squeezed.contains($0) }
    }
}
