import Crypto
import Foundation

/// A fingerprint of everything in a document — structure and text — used to tell
/// whether an import brings anything new.
public enum DocumentFingerprint {
    /// The fingerprint of `document`'s fields and body.
    public static func of(_ document: ContentDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fields = (try? encoder.encode(document.fields)) ?? Data()
        let digest = SHA256.hash(data: fields + Data(document.body.utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}
