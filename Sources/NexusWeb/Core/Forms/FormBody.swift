import Logging
import NexusPersistence
import NexusApplication
import NexusLocalization
import NexusDomain
import NexusRendering
import Foundation
import Hummingbird

/// A submitted HTML form: `application/x-www-form-urlencoded`, or `multipart/form-data`
/// when it uploads a file.
struct FormBody: Sendable {
    private let values: [String: [String]]

    init(values: [String: [String]]) {
        self.values = values
    }

    /// Reads the form from the request body, up to the context's upload limit.
    static func read(_ request: inout Request, context: NexusRequestContext) async throws -> FormBody {
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        if let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) {
            return FormBody(values: MultipartForm.fields(Array(buffer: buffer), boundary: boundary))
        }
        return FormBody(encoded: String(buffer: buffer))
    }

    init(encoded: String) {
        var values: [String: [String]] = [:]
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            values[decode(parts[0]), default: []].append(parts.count == 2 ? decode(parts[1]) : "")
        }
        self.values = values
    }

    /// The first value of a field, or `nil`.
    subscript(_ name: String) -> String? { values[name]?.first }

    /// Each field with its first value.
    var firstValues: [String: String] { values.compactMapValues(\.first) }

    /// Every value of a field (checkboxes, multiple selects).
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The form without one field.
    func removing(_ name: String) -> FormBody {
        var copy = values
        copy[name] = nil
        return FormBody(values: copy)
    }

    /// The first value, trimmed; empty when absent.
    func text(_ name: String) -> String { (self[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}
