/// List items: the one block start whose width depends on what follows the marker.
extension BlockParser {
    mutating func startListItem() -> Start {
        guard canNest, var marker = listMarker() else { return .none }
        let markerLength = marker.padding
        line.advanceToNextNonspace()
        line.advance(bytes: markerLength)
        let beforeSpaces = line
        repeat {
            line.advance(columns: 1)
        } while line.column - beforeSpaces.column < 5 && (line.byte(at: line.offset)?.isSpaceOrTab ?? false)
        let spaces = line.column - beforeSpaces.column
        if spaces >= 5 || spaces < 1 || line.byte(at: line.offset) == nil {
            // Content starting five columns in is indented code inside the item, and
            // an empty first line says nothing about the item's indentation.
            marker.padding = markerLength + 1
            line = beforeSpaces
            line.skipOptionalSpace()
        } else {
            marker.padding = markerLength + spaces
        }
        closeUnmatched()
        if case .list(let existing) = container.kind, existing.continues(marker) {
            // Another item of the same list.
        } else {
            addChild(.list(marker))
        }
        addChild(.item(marker))
        return .container
    }

    /// Reads a list marker at the next non-space character; its `padding` is, for now,
    /// the marker's own length.
    private func listMarker() -> ListMarker? {
        let start = line.nextNonspace
        guard let first = line.byte(at: start) else { return nil }
        var marker: ListMarker
        if first == .hyphen || first == .plus || first == .asterisk {
            marker = ListMarker(isOrdered: false, symbol: first, start: 1, markerOffset: line.indent, padding: 1)
        } else if first.isASCIIDigit {
            var index = start
            var number = 0
            while let digit = line.byte(at: index), digit.isASCIIDigit, index - start < 9 {
                number = number * 10 + Int(digit - 0x30)
                index += 1
            }
            guard let symbol = line.byte(at: index), symbol == .period || symbol == .closeParen else { return nil }
            marker = ListMarker(
                isOrdered: true, symbol: symbol, start: number, markerOffset: line.indent, padding: index + 1 - start)
        } else {
            return nil
        }
        let after = start + marker.padding
        guard line.byte(at: after)?.isSpaceOrTab ?? true else { return nil }
        if container.isParagraph {
            // Only "1." and a non-empty item may interrupt a paragraph, so that a
            // sentence wrapped before "2015." or "-" stays a sentence.
            if marker.isOrdered, marker.start != 1 { return nil }
            if line.bytes[after..<line.end].allSatisfy(\.isSpaceOrTab) { return nil }
        }
        return marker
    }
}
