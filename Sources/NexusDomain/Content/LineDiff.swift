/// A line-by-line comparison of two texts, for showing what a revision changed.
public enum LineDiff {
    /// One line of a comparison.
    public struct Line: Sendable, Hashable {
        public enum Change: String, Sendable, Hashable {
            case same, added, removed
        }
        public let change: Change
        public let text: String
    }

    /// The lines of `new` compared with `old`: unchanged, added and removed, in order,
    /// using a longest common subsequence (documents are short; quadratic is fine).
    public static func compare(_ old: String, _ new: String) -> [Line] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var lines: [Line] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append(Line(change: .same, text: a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                lines.append(Line(change: .added, text: b[j])); j += 1
            } else {
                lines.append(Line(change: .removed, text: a[i])); i += 1
            }
        }
        return lines
    }

    /// The changed lines with `context` unchanged lines around each change; runs of
    /// unchanged lines further away are left out.
    public static func hunks(_ lines: [Line], context: Int = 2) -> [Line] {
        let changed = lines.indices.filter { lines[$0].change != .same }
        return lines.indices.filter { index in changed.contains { abs($0 - index) <= context } }.map { lines[$0] }
    }
}
