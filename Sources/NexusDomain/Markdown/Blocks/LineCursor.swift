/// A position inside one source line, measured both in bytes and in columns.
///
/// Markdown measures indentation in columns with tab stops of four, and a tab may be
/// only partly consumed (a list item's content can start in the middle of a tab), so
/// the cursor remembers that case instead of rewriting the line.
struct LineCursor {
    let bytes: [UInt8]
    let end: Int
    private(set) var offset: Int
    private(set) var column = 0
    private(set) var partiallyConsumedTab = false
    /// Where the next non-space character is; refreshed by `findNextNonspace()`.
    private(set) var nextNonspace: Int
    private(set) var nextNonspaceColumn = 0

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.end = range.upperBound
        self.offset = range.lowerBound
        self.nextNonspace = range.lowerBound
    }

    /// Columns of whitespace between the cursor and the next non-space character.
    var indent: Int { nextNonspaceColumn - column }
    /// Whether only whitespace remains.
    var isBlank: Bool { nextNonspace >= end }
    /// Whether the rest starts with four columns of indentation (indented code).
    var isIndented: Bool { indent >= 4 }

    /// The byte at `index`, or `nil` at or past the end of the line.
    func byte(at index: Int) -> UInt8? {
        index < end ? bytes[index] : nil
    }

    /// The first non-space byte, if any.
    var nextNonspaceByte: UInt8? { byte(at: nextNonspace) }

    /// Whether `nextNonspace` has been computed for this line at all.
    private var hasScanned = false

    mutating func findNextNonspace() {
        // Columns are absolute, so an earlier answer still holds while the cursor has
        // not passed it. Without this, each of many nested containers would rescan a
        // long indentation, making deep nesting quadratic in the line's length.
        if hasScanned, offset <= nextNonspace { return }
        hasScanned = true
        var index = offset
        var columns = column
        while index < end {
            if bytes[index] == .space {
                columns += 1
            } else if bytes[index] == .tab {
                columns += 4 - columns % 4
            } else {
                break
            }
            index += 1
        }
        nextNonspace = index
        nextNonspaceColumn = columns
    }

    mutating func advanceToNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Moves forward by `count` columns, splitting a tab if it must.
    mutating func advance(columns count: Int) {
        var remaining = count
        while remaining > 0, offset < end {
            if bytes[offset] == .tab {
                let toTabStop = 4 - column % 4
                let step = min(toTabStop, remaining)
                partiallyConsumedTab = toTabStop > remaining
                column += step
                remaining -= step
                if !partiallyConsumedTab { offset += 1 }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    /// Moves forward by `count` bytes, none of which may be a tab.
    mutating func advance(bytes count: Int) {
        let stop = min(end, offset + count)
        column += stop - offset
        offset = stop
        partiallyConsumedTab = false
    }

    /// Skips one space or tab if there is one, as after `>` or a list marker.
    mutating func skipOptionalSpace() {
        if let next = byte(at: offset), next.isSpaceOrTab { advance(columns: 1) }
    }

    /// The rest of the line; the unused columns of a split tab become spaces.
    var remainder: ArraySlice<UInt8> {
        if partiallyConsumedTab {
            let spaces = 4 - column % 4
            return ArraySlice(repeatElement(UInt8.space, count: spaces)) + bytes[(offset + 1)..<end]
        }
        return bytes[offset..<end]
    }

    /// Jumps to the end of the line, once a leaf block has taken all of it.
    mutating func consumeAll() {
        offset = end
        partiallyConsumedTab = false
    }
}
