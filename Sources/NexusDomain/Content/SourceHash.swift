import Crypto
import Foundation

/// The fingerprint of an English text that translations record, so that a changed
/// source marks its translations stale.
public enum SourceHash {
    /// The number of hexadecimal characters kept: short enough to copy by hand,
    /// long enough that two revisions never collide in practice.
    public static let length = 16

    /// The hash of the translatable text of an English document: its text fields and body.
    public static func of(_ document: ContentDocument) -> String {
        let names = ContentSchema.fields(for: document.kind).filter(\.isTranslatable).map(\.name).sorted()
        var canonical = ""
        for name in names {
            guard let value = document.fields[name] else { continue }
            canonical += name + "\u{1F}" + flatten(value) + "\u{1E}"
        }
        canonical += "body\u{1F}" + document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        let digest = SHA256.hash(data: Data(canonical.utf8))
        return digest.map { String(format: "%02x", $0) }.joined().prefix(length).description
    }

    private static func flatten(_ value: ContentValue) -> String {
        switch value {
        case .string(let text): text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .list(let values): values.map(flatten).joined(separator: "\u{1D}")
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): String(flag)
        case .map(let entries): entries.keys.sorted().map { $0 + "=" + flatten(entries[$0]!) }.joined(separator: "\u{1D}")
        case .null: ""
        }
    }
}
