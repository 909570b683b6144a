import Foundation

/// Small text helpers for turning a document's text into content fields.
enum ImportText {
    /// The first sentence of a paragraph, for a summary.
    static func firstSentence(of paragraph: String) -> String {
        let terminators: Set<Character> = [".", "!", "?", "؟"]
        var sentence = ""
        for (index, character) in zip(paragraph.indices, paragraph) {
            sentence.append(character)
            let next = paragraph.index(after: index)
            if terminators.contains(character), next == paragraph.endIndex || paragraph[next] == " ", sentence.count > 20 {
                return sentence
            }
        }
        return sentence
    }

    /// A slug made from a title: lower-case ASCII words joined by hyphens.
    static func slug(_ title: String, fallback: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var word = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for next in words where slug.count + next.count < 60 { slug += slug.isEmpty ? next : "-" + next }
        return slug.isValidSlug ? slug : fallback
    }

    /// The footnotes a practice cites, as a list under a heading in its language.
    static func references(_ footnotes: [Int: String], language: Language) -> [String] {
        guard !footnotes.isEmpty else { return [] }
        let heading =
            switch language {
            case .en: "References"
            case .fr: "Références"
            case .ar: "المراجع"
            case .sq: "Referencat"
            }
        let items = footnotes.keys.sorted().map { "- (\($0)) \(footnotes[$0]!)" }
        return ["**\(heading)**", items.joined(separator: "\n")]
    }
}
