import Foundation
import Hummingbird

extension Request {
    /// The query string read as a browser writes it from a GET form: `+` stands for a space
    /// (Hummingbird's `queryParameters` decodes only percent escapes). The first value of a
    /// repeated name wins; a pair that cannot be decoded is left out.
    var formQuery: [String: String] {
        FormQuery.parse(uri.query ?? "")
    }
}

/// Reading of `application/x-www-form-urlencoded` text.
enum FormQuery {
    /// The name–value pairs of `raw`, first value per name.
    static func parse(_ raw: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), !name.isEmpty, result[name] == nil else { continue }
            guard let value = decode(parts.count > 1 ? parts[1] : "") else { continue }
            result[name] = value
        }
        return result
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
