/// Plural s and x, then -ement, an infinitive -er or a final e:
/// "financements" → "financ", "frontières" → "frontier", "réseaux" → "reseau".
enum FrenchStemmer {
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        if let shorter = Stemmer.removing("x", from: stem, keep: 4) ?? Stemmer.removing("s", from: stem, keep: 3) {
            stem = shorter
        }
        if let shorter = Stemmer.removing("ement", from: stem, keep: 4) {
            stem = shorter
        } else if let shorter = Stemmer.removing("er", from: stem, keep: 4) {
            stem = shorter
        } else if let shorter = Stemmer.removing("e", from: stem, keep: 3) {
            stem = shorter
        }
        return stem
    }
}
