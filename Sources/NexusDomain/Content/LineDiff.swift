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
    /// from the standard library's difference of the two line lists; where lines were
    /// replaced, the removed ones come first.
    public static func compare(_ old: String, _ new: String) -> [Line] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) {
                lines.append(Line(change: .removed, text: a[i]))
                i += 1
            } else if j < b.count, inserted.contains(j) {
                lines.append(Line(change: .added, text: b[j]))
                j += 1
            } else {
                lines.append(Line(change: .same, text: b[j]))
                i += 1
                j += 1
            }
        }
        return lines
    }

    /// The changed lines with `context` unchanged lines around each change; runs of
    /// unchanged lines further away are left out.
    public static func hunks(_ lines: [Line], context: Int = 2) -> [Line] {
        // The distance of each line from the nearest change, looking both ways.
        var distance = Array(repeating: Int.max, count: lines.count)
        var last = Int.min / 2
        for index in lines.indices {
            if lines[index].change != .same { last = index }
            distance[index] = index - last
        }
        last = Int.max / 2
        for index in lines.indices.reversed() {
            if lines[index].change != .same { last = index }
            distance[index] = min(distance[index], last - index)
        }
        return lines.indices.filter { distance[$0] <= context }.map { lines[$0] }
    }
}
