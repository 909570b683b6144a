import Foundation
import Hummingbird
import MultipartKit

/// A submitted HTML form or a query string, read by the framework's decoders:
/// `application/x-www-form-urlencoded` by Hummingbird's, `multipart/form-data` (file
/// uploads) by MultipartKit's. A field with several values is named `name[]`, as those
/// decoders expect; a field sent twice under one plain name is malformed.
struct FormBody: Sendable {
    /// The form could not be read: the request gets a 400, and nothing is saved.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    private let values: [String: [String]]

    static let empty = FormBody(values: [:])

    init(values: [String: [String]]) {
        self.values = values
    }

    /// Reads URL-encoded text: a form body, or a query string.
    init(urlEncoded text: String) throws {
        do {
            values = try URLEncodedFormDecoder().decode([String: FieldValues].self, from: text).mapValues(\.values)
        } catch {
            throw Malformed(description: "\(error)")
        }
    }

    /// Reads the form from the request body, up to the context's upload limit.
    static func read(_ request: inout Request, context: NexusRequestContext) async throws -> FormBody {
        try parse(try await request.collectBody(upTo: context.maxUploadSize), contentType: request.headers[.contentType])
    }

    /// Reads a body of `contentType`: multipart when it says so, URL-encoded otherwise.
    static func parse(_ buffer: ByteBuffer, contentType: String?) throws -> FormBody {
        if let type = contentType.flatMap(MediaType.init(from:)), type.isType(.multipartForm) {
            guard let parameter = type.parameter, parameter.name.lowercased() == "boundary", !parameter.value.isEmpty else {
                throw Malformed(description: "multipart form without a boundary")
            }
            return try multipart(buffer, boundary: parameter.value)
        }
        return try FormBody(urlEncoded: String(buffer: buffer))
    }

    /// Marks a field whose content was not UTF-8: `file` arrives as `file!binary`, so the
    /// page can say so instead of storing mangled text.
    static let notUTF8Suffix = "!binary"

    private static func multipart(_ buffer: ByteBuffer, boundary: String) throws -> FormBody {
        let parts: [String: MultipartPart]
        do {
            parts = try FormDataDecoder().decode([String: UploadedPart].self, from: buffer, boundary: boundary).mapValues(\.part)
        } catch {
            throw Malformed(description: "\(error)")
        }
        var values: [String: [String]] = [:]
        for (name, part) in parts {
            if let text = String(validating: part.body.readableBytesView, as: UTF8.self) {
                values[name] = [text]
            } else {
                values[name + notUTF8Suffix] = [""]
            }
        }
        return FormBody(values: values)
    }

    /// The first value of a field, or `nil`.
    subscript(_ name: String) -> String? { values[name]?.first }

    /// Each field with its first value.
    var firstValues: [String: String] { values.compactMapValues(\.first) }

    /// Every value of a field named `name[]` (checkboxes, multiple selects), or the one
    /// value of a field named `name`.
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

/// A field's values as the decoders give them: one text, or the list of a `name[]` field.
private struct FieldValues: Decodable {
    let values: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            values = [text]
        } else {
            values = try container.decode([String].self)
        }
    }
}

/// One part of a multipart form as MultipartKit hands it over.
private struct UploadedPart: Decodable, MultipartPartConvertible {
    let part: MultipartPart

    var multipart: MultipartPart? { part }

    init?(multipart: MultipartPart) {
        part = multipart
    }

    // The decoder converts parts itself; this runs only for a shape that is not one part
    // per field (nested fields), which the decoder then refuses.
    init(from decoder: any Decoder) throws {
        self = try decoder.singleValueContainer().decode(UploadedPart.self)
    }
}
