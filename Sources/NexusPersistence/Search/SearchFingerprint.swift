import Crypto
import Foundation
import NexusDomain

/// A digest of what a search document makes the index hold: equal digests, equal rows.
/// It covers the analyzer's version, so that a build that analyses text differently
/// rewrites every document once.
enum SearchFingerprint {
    static func of(_ document: SearchDocument) -> String {
        var hash = SHA256()
        let facets = document.facets.keys.sorted().map { "\($0.rawValue)=\(document.facets[$0]!.sorted().joined(separator: ","))" }
        let fields = [
            String(SearchAnalyzer.version), document.id, document.source, document.kind.rawValue, document.item,
            document.language.code, document.title, document.text, facets.joined(separator: ";"),
            document.aliases.joined(separator: ";"), document.audience.sorted().joined(separator: ";"),
        ]
        // Field lengths make the encoding unambiguous: no text can imitate a separator.
        for field in fields { hash.update(data: Array("\(field.utf8.count):\(field)".utf8)) }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
