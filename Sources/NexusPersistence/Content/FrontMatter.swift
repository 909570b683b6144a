import Foundation
import NexusDomain
import Yams

/// Splits a content file into YAML front matter and a Markdown body.
enum FrontMatter {
    /// Why a file could not be read as front matter plus body.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses `text`, which must open with a `---` line and close its front matter with another.
    static func parse(_ text: String) throws -> (fields: [String: ContentValue], body: String) {
        var normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        if normalized.hasPrefix("\u{FEFF}") { normalized.removeFirst() }
        guard normalized.hasPrefix("---\n") else {
            throw Malformed(description: "the file must start with a `---` line that opens the front matter")
        }
        let rest = normalized.dropFirst(4)
        let closing: Range<Substring.Index>
        if rest.hasPrefix("---\n") || rest == "---" {
            closing = rest.startIndex..<rest.index(rest.startIndex, offsetBy: min(4, rest.count))
        } else if let range = rest.range(of: "\n---\n") {
            closing = range
        } else if rest.hasSuffix("\n---") {
            closing = rest.index(rest.endIndex, offsetBy: -4)..<rest.endIndex
        } else {
            throw Malformed(description: "the front matter is not closed by a `---` line")
        }
        let yaml = String(rest[rest.startIndex..<closing.lowerBound])
        // Files end with a newline by convention; it is not part of the text.
        let body = String(rest[closing.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch {
            throw Malformed(description: "the front matter is not valid YAML: \(error)")
        }
        if loaded == nil { return ([:], body) }
        guard let mapping = loaded as? [AnyHashable: Any] else {
            throw Malformed(description: "the front matter must be a mapping of field names to values")
        }
        var fields: [String: ContentValue] = [:]
        for (key, value) in mapping {
            guard let name = key as? String else {
                throw Malformed(description: "field names must be text, found `\(key)`")
            }
            fields[name] = contentValue(value)
        }
        return (fields, body)
    }

    private static func contentValue(_ value: Any) -> ContentValue {
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .int(number)
        case let number as Double: return .double(number)
        case let date as Date: return .string(date.formatted(.iso8601.year().month().day()))
        case let list as [Any]: return .list(list.map(contentValue))
        case let mapping as [AnyHashable: Any]:
            return .map(Dictionary(mapping.map { ("\($0.key)", contentValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        default: return .null
        }
    }
}
