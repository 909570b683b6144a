/// The endings of definiteness and case, singular and plural, that Albanian attaches to
/// nouns: "korrupsionit" → "korrupsion", "krimeve" → "krim", "praktikat" → "praktik",
/// and the plurals in -je: "burgje", "burgjet", "burgjeve" → "burg".
enum AlbanianStemmer {
    private static let suffixes = [
        "jeve", "eve", "ave", "jet", "ve", "it", "in", "ut", "un", "es", "et", "en", "at", "te", "ja", "je", "i", "u", "a", "e",
    ]

    static func stem(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy(\.isLetter) else { return word }
        for suffix in suffixes {
            if let shorter = Stemmer.removing(suffix, from: word, keep: 4) { return shorter }
        }
        return word
    }
}
