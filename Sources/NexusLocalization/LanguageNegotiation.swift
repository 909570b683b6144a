import Foundation
public import NexusDomain

/// Chooses the language to answer in from an HTTP `Accept-Language` header.
public enum LanguageNegotiation {
    /// The best published language for `header`, or English when nothing matches.
    ///
    /// Ranges are tried by descending quality (`q`), in header order for equal
    /// quality; `fr-CA` matches French. `q=0` excludes a language.
    public static func preferredLanguage(acceptLanguage header: String?) -> Language {
        guard let header, !header.isEmpty else { return .source }
        var ranked: [(language: Language?, quality: Double, position: Int)] = []
        for (position, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            ranked.append((tag == "*" ? .source : Language(code: tag), quality, position))
        }
        ranked.sort { ($0.quality, -$0.position) > ($1.quality, -$1.position) }
        return ranked.lazy.compactMap(\.language).first ?? .source
    }
}
