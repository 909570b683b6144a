/// The commonest words of each language, which say nothing about what a text is about.
/// Kept short on purpose: a word wrongly dropped can never be found. Stored folded.
enum StopWords {
    static func contains(_ folded: String, language: Language) -> Bool {
        lists[language]?.contains(folded) ?? false
    }

    private static let lists: [Language: Set<String>] = [
        .en: [
            "the", "a", "an", "and", "or", "of", "in", "on", "to", "for", "by", "with", "at", "from", "is", "are",
            "be", "as", "that", "this", "it", "its", "into",
        ],
        .fr: [
            "le", "la", "les", "l", "de", "des", "du", "d", "et", "ou", "un", "une", "en", "dans", "par", "pour",
            "sur", "au", "aux", "a", "que", "qui", "ce", "se", "sa", "son", "ses", "est", "qu",
        ],
        .ar: ["في", "من", "على", "الى", "عن", "و", "او", "ان", "هذا", "هذه", "التي", "الذي", "مع", "ما", "لا"],
        .sq: [
            "dhe", "e", "i", "te", "ne", "me", "per", "nga", "se", "si", "qe", "ose", "nje", "ka", "jane", "eshte",
            "mbi", "por", "edhe",
        ],
    ]
}
