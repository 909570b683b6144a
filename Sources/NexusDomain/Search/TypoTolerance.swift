/// Finding a word typed with one letter wrong, missing or extra, or two neighbours swapped
/// ("korupsion", "terorism", "establsih"): the vocabulary is stored with every one-letter deletion of each term
/// (symmetric deletion), so candidates come from an exact lookup of the query term's
/// own deletions, and are then confirmed by edit distance.
public enum TypoTolerance {
    /// Words shorter than this must be typed right: one letter changes short words too much.
    public static let minimumLength = 5

    /// The lookup keys of `term`: the term itself and each form with one letter removed.
    public static func keys(of term: String) -> Set<String> {
        let letters = Array(term)
        var keys: Set<String> = [term]
        guard letters.count >= minimumLength - 1 else { return keys }
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            keys.insert(String(shorter))
        }
        return keys
    }

    /// Whether `a` and `b` differ by at most one inserted, deleted or replaced letter, or
    /// by two neighbouring letters swapped — the commonest slip on a keyboard, which the
    /// deletion keys already bring together ("establsih" and "establish" share "establsh").
    public static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count, let first = x.indices.first(where: { x[$0] != y[$0] }), first + 1 < x.count,
            x[first] == y[first + 1], x[first + 1] == y[first], x[(first + 2)...] == y[(first + 2)...]
        {
            return true
        }
        var i = 0
        var j = 0
        var edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count {
                i += 1
            } else if x.count < y.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
