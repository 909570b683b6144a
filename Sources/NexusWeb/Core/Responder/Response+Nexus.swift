import NexusApplication
import NexusPersistence
import NexusLocalization
import Foundation
import HTTPTypes
import Hummingbird
import NexusDomain
import NexusRendering
import NIOCore

extension Response {
    /// An HTML page in `language`.
    static func html(_ html: String, status: HTTPResponse.Status = .ok, language: Language) -> Response {
        .html(ByteBuffer(string: html), status: status, language: language)
    }

    /// An HTML page in `language`, already encoded.
    static func html(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, language: Language) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: language.code, .cacheControl: "no-cache"],
            body: .init(byteBuffer: body))
    }

    /// A JSON body. A value that cannot be encoded (a non-finite number, say) is a server
    /// error, said as one, never an empty object with 200.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {
            return Response(
                status: .internalServerError, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(string: Self.encodingFailure)))
        }
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The body of a JSON answer that could not be encoded, written by hand so that it cannot fail too.
    static let encodingFailure = #"{"error":{"code":"encoding_failed","message":"The answer could not be encoded.","status":500}}"#

    /// A JSON error body: `{"error": {"status", "code", "message"}}`.
    static func jsonError(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        json(APIModels.ErrorBody(error: .init(status: status.code, code: code, message: message)), status: status)
    }

    /// Plain bytes with a content type.
    static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Adds the headers every answer carries: a strict Content-Security-Policy
    /// (no inline script, no framing) and the usual hardening headers.
    mutating func addSecurityHeaders() {
        headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[.referrerPolicy] = "strict-origin-when-cross-origin"
        headers[.xFrameOptions] = "DENY"
        headers[.permissionsPolicy] = "camera=(), microphone=(), geolocation=()"
    }
}

extension HTTPField.Name {
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let permissionsPolicy = Self("Permissions-Policy")!
}
