import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
import Foundation

/// `multipart/form-data` (RFC 7578) as file uploads send it: each part's field name and
/// its content. Text content is read as UTF-8; a file that is not UTF-8 keeps no value,
/// so the page can say so instead of storing mangled text.
enum MultipartForm {
    /// The boundary of a `multipart/form-data` content type, if it is one.
    static func boundary(contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty || value.count > 200 ? nil : value
            }
        }
        return nil
    }

    /// The fields of `body`, each name with its values in order. Parts without a name are skipped.
    static func fields(_ body: [UInt8], boundary: String) -> [String: [String]] {
        let delimiter = Array(("--" + boundary).utf8)
        var fields: [String: [String]] = [:]
        var parts: [ArraySlice<UInt8>] = []
        var start: Int? = nil
        var index = 0
        while let found = body.firstRange(of: delimiter, from: index) {
            if let start { parts.append(body[start..<max(start, found.lowerBound - 2)]) }  // the CRLF before a delimiter is not content
            index = found.upperBound
            if body[index...].starts(with: Array("--".utf8)) { break }
            if body[index...].starts(with: Array("\r\n".utf8)) { index += 2 }
            start = index
        }
        for part in parts {
            guard let split = part.firstRange(of: Array("\r\n\r\n".utf8)) else { continue }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            guard let name = fieldName(headers) else { continue }
            let content = Array(part[split.upperBound...])
            if let text = String(validating: content, as: UTF8.self) {
                fields[name, default: []].append(text)
            } else {
                fields[name + notUTF8Suffix, default: []].append("")
            }
        }
        return fields
    }

    /// Marks a field whose content was not UTF-8: `file` arrives as `file!binary`.
    static let notUTF8Suffix = "!binary"

    private static func fieldName(_ headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            guard let range = line.range(of: "name=\"") else { return nil }
            let rest = line[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// The first range of `pattern` at or after `from`.
    func firstRange(of pattern: [UInt8], from: Int) -> Range<Int>? {
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        var i = from
        while i <= count - pattern.count {
            if self[i] == pattern[0] && self[i..<(i + pattern.count)].elementsEqual(pattern) { return i..<(i + pattern.count) }
            i += 1
        }
        return nil
    }
}

extension ArraySlice where Element == UInt8 {
    /// The first range of `pattern`, in the slice's indices.
    func firstRange(of pattern: [UInt8]) -> Range<Int>? {
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        var i = startIndex
        while i <= endIndex - pattern.count {
            if self[i..<(i + pattern.count)].elementsEqual(pattern) { return i..<(i + pattern.count) }
            i += 1
        }
        return nil
    }
}
