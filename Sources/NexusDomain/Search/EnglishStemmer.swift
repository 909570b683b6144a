/// Plurals, -ing and -ed, and a final e: "policies" → "polic", "training" → "train",
/// "crimes" → "crim".
enum EnglishStemmer {
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        if let shorter = Stemmer.removing("ies", from: stem, keep: 3) {
            stem = shorter + "y"
        } else if stem.hasSuffix("sses") || stem.hasSuffix("xes") || stem.hasSuffix("ches") || stem.hasSuffix("shes") {
            stem.removeLast(2)
        } else if stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"), !stem.hasSuffix("is") {
            stem.removeLast()
        }
        if let shorter = Stemmer.removing("ing", from: stem, keep: 3) ?? Stemmer.removing("ed", from: stem, keep: 3) {
            stem = unk(undoubled(shorter))
        }
        if stem.hasSuffix("y"), stem.count > 3 { stem = String(stem.dropLast()) + "i" }
        if let shorter = Stemmer.removing("e", from: stem, keep: 3) { stem = shorter }
        return stem
    }

    /// "traffick" → "traffic", "panick" → "panic": the k that English writes after a
    /// final c before -ing and -ed; "kick" and "stick" are too short to be touched.
    private static func unk(_ stem: String) -> String {
        stem.count >= 6 && stem.hasSuffix("ick") ? String(stem.dropLast()) : stem
    }

    /// "runn" → "run", but "fall", "kiss" and "buzz" keep their double letter.
    private static func undoubled(_ stem: String) -> String {
        guard let last = stem.last, stem.dropLast().last == last, !"lsz".contains(last), !"aeiou".contains(last) else { return stem }
        return String(stem.dropLast())
    }
}
