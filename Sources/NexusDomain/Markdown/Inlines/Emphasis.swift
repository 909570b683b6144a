/// Matching `*` and `_` runs into emphasis, following CommonMark's "process emphasis"
/// procedure. The per-kind lower bounds (`openersBottom`) make sure no opener is
/// examined twice for the same kind of closer, which keeps the work linear even for
/// thousands of unmatched markers.
extension InlineParser {
    mutating func processEmphasis(above bottom: Int?) {
        var openersBottom = [Int?](repeating: bottom, count: 12)
        var closer = firstDelimiter(above: bottom)
        while let current = closer {
            let run = delimiters[current]
            guard run.canClose else {
                closer = run.next
                continue
            }
            let key = (run.character == .asterisk ? 0 : 6) + (run.canOpen ? 3 : 0) + run.originalCount % 3
            var candidate = run.previous
            var opener: Int?
            while let index = candidate, index != bottom, index != openersBottom[key] {
                let other = delimiters[index]
                if other.canOpen, other.character == run.character {
                    // The "rule of three": `*foo**bar*` must not pair `*` with `**`.
                    let oddMatch =
                        (run.canOpen || other.canClose) && run.originalCount % 3 != 0
                        && (other.originalCount + run.originalCount) % 3 == 0
                    if !oddMatch {
                        opener = index
                        break
                    }
                }
                candidate = other.previous
            }
            guard let opener else {
                openersBottom[key] = run.previous
                if !run.canOpen { removeDelimiter(current) }
                closer = run.next
                continue
            }
            let isStrong = delimiters[opener].count >= 2 && run.count >= 2
            let used = isStrong ? 2 : 1
            let match = EmphasisMatch(pair: pairCount, isStrong: isStrong)
            pairCount += 1
            delimiters[opener].count -= used
            delimiters[opener].opens.append(match)
            delimiters[current].count -= used
            delimiters[current].closes.append(match)
            // Runs between the two can no longer match anything: emphasis nests.
            var between = delimiters[current].previous
            while let index = between, index != opener {
                between = delimiters[index].previous
                removeDelimiter(index)
            }
            if delimiters[opener].count == 0 { removeDelimiter(opener) }
            if delimiters[current].count == 0 {
                closer = delimiters[current].next
                removeDelimiter(current)
            }
        }
        while let top = topDelimiter, top != bottom { removeDelimiter(top) }
    }

    private func firstDelimiter(above bottom: Int?) -> Int? {
        var index = topDelimiter
        var first: Int?
        while let current = index, current != bottom {
            first = current
            index = delimiters[current].previous
        }
        return first
    }

    private mutating func removeDelimiter(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if let previous { delimiters[previous].next = next }
        if let next { delimiters[next].previous = previous }
        if topDelimiter == index { topDelimiter = previous }
        delimiters[index].previous = nil
        delimiters[index].next = nil
    }
}
