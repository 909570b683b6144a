/// The conjunction و, the article ال with its attached prepositions, and the
/// commonest suffixes (dual, plural, feminine, pronouns): "والحدود" → "حدود",
/// "الإرهابية" → "ارهاب". Roots of three letters are left whole.
enum ArabicStemmer {
    private static let articles = ["وال", "بال", "كال", "فال", "لل", "ال"]
    private static let suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"]

    static func stem(_ word: String) -> String {
        var stem = word
        if stem.count > 3, stem.hasPrefix("و") { stem.removeFirst() }
        for article in articles where stem.hasPrefix(article) && stem.count - article.count >= 2 {
            stem.removeFirst(article.count)
            break
        }
        for suffix in suffixes {
            if let shorter = Stemmer.removing(suffix, from: stem, keep: 3) { stem = shorter }
        }
        return stem
    }
}
