import Foundation

/// The `format`s the API's document uses, checked as assertions: a value that does not
/// have its format is a problem, and a format this type does not know is one too.
enum SchemaFormat {
    /// What is wrong with `text` as `format`, or `nil` when nothing is.
    static func problem(_ text: String, format: String) -> String? {
        let valid: Bool
        switch format {
        case "date": valid = isDate(text)
        case "date-time": valid = isDateTime(text)
        case "uri": valid = isURI(text)
        case "uri-reference": valid = isURIReference(text)
        case "email": valid = isEmail(text)
        default: return "the schema's format \(format) is not one this validator checks"
        }
        return valid ? nil : "\(JSONValue.string(text)) is not a valid \(format)"
    }

    /// RFC 3339 full-date: `2019-05-10`, a day that exists.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// RFC 3339 date-time: `2019-05-10T08:30:00Z`, `2019-05-10T08:30:00.125+02:00`.
    static func isDateTime(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { $0 == "T" || $0 == "t" }), isDate(String(text[..<separator])) else { return false }
        var time = Substring(text[text.index(after: separator)...])
        if time.hasSuffix("Z") || time.hasSuffix("z") {
            time = time.dropLast()
        } else {
            guard time.count > 6 else { return false }
            let offset = time.suffix(6)
            guard offset.first == "+" || offset.first == "-", isClock(offset.dropFirst(), seconds: false) else { return false }
            time = time.dropLast(6)
        }
        if let dot = time.firstIndex(of: ".") {
            let fraction = time[time.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return false }
            time = time[..<dot]
        }
        return isClock(time, seconds: true)
    }

    /// `HH:MM` or `HH:MM:SS` (a leap second allowed).
    private static func isClock(_ text: Substring, seconds: Bool) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == (seconds ? 3 : 2), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        let numbers = parts.compactMap { Int($0) }
        return numbers[0] < 24 && numbers[1] < 60 && (!seconds || numbers[2] <= 60)
    }

    /// An absolute URI: a scheme, then a reference without spaces.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        return isURIReference(text)
    }

    /// A URI or a relative reference (`/en/practices/2`): no spaces or control characters,
    /// and something `URLComponents` can read.
    static func isURIReference(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
            && URLComponents(string: text) != nil
    }

    /// `someone@example.org`: a local part and a domain of dotted labels.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            }
    }
}

/// `pattern`: a regular expression searched for anywhere in the string, as JSON Schema
/// says (the API's patterns anchor themselves with `^…$`).
enum SchemaPattern {
    static func matches(_ text: String, _ pattern: String) -> Result<Bool, PatternError> {
        do {
            let expression = try NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..<text.endIndex, in: text)
            return .success(expression.firstMatch(in: text, range: range) != nil)
        } catch {
            return .failure(PatternError(description: "\(error)"))
        }
    }

    /// A pattern that does not compile.
    struct PatternError: Error, CustomStringConvertible {
        let description: String
    }
}

extension Character {
    /// `0`…`9` only, not every digit Unicode knows.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
