/// Light stemming: the endings that vary most (plurals, articles, common suffixes) are
/// removed so that "prisons" finds "prison", "الحدود" finds "حدود" and "korrupsionit"
/// finds "korrupsion". Light on purpose: a stem too short starts to match unrelated words.
/// Each rule works on folded text.
enum Stemmer {
    static func stem(_ folded: String, language: Language) -> String {
        switch language {
        case .en: EnglishStemmer.stem(folded)
        case .fr: FrenchStemmer.stem(folded)
        case .ar: ArabicStemmer.stem(folded)
        case .sq: AlbanianStemmer.stem(folded)
        }
    }

    /// `word` without `suffix` when it ends so and at least `keep` characters remain.
    static func removing(_ suffix: String, from word: String, keep: Int) -> String? {
        guard word.hasSuffix(suffix), word.count - suffix.count >= keep else { return nil }
        return String(word.dropLast(suffix.count))
    }
}
