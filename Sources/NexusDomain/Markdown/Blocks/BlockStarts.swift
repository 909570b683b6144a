/// How a line continues an open block, and how it opens a new one.
extension BlockParser {
    mutating func continuation(of node: BlockNode) -> Continuation {
        switch node.kind {
        case .document, .list:
            return .continues  // lists continue through their items
        case .blockquote:
            guard !line.isIndented, line.nextNonspaceByte == .greaterThan else { return .stops }
            line.advanceToNextNonspace()
            line.advance(bytes: 1)
            line.skipOptionalSpace()
            return .continues
        case .item(let marker):
            if line.isBlank {
                // An item that is still empty cannot span a blank line.
                guard !node.children.isEmpty else { return .stops }
                line.advanceToNextNonspace()
            } else if line.indent >= marker.markerOffset + marker.padding {
                line.advance(columns: marker.markerOffset + marker.padding)
            } else {
                return .stops
            }
            return .continues
        case .fencedCode(let fence, let length, let indent):
            if !line.isIndented, closingFenceLength(fence) >= length {
                closeTop()
                return .finishesLine
            }
            var skip = indent
            while skip > 0, let next = line.byte(at: line.offset), next.isSpaceOrTab {
                line.advance(columns: 1)
                skip -= 1
            }
            return .continues
        case .indentedCode:
            if line.isIndented {
                line.advance(columns: 4)
            } else if line.isBlank {
                line.advanceToNextNonspace()
            } else {
                return .stops
            }
            return .continues
        case .paragraph:
            return line.isBlank ? .stops : .continues
        case .heading, .thematicBreak:
            return .stops
        }
    }

    mutating func startBlock() -> Start {
        guard let first = line.nextNonspaceByte else { return .none }
        if line.isIndented {
            // Indented code cannot interrupt a paragraph, not even a lazy one.
            guard let tip = open.last, !tip.isParagraph else { return .none }
            line.advance(columns: 4)
            closeUnmatched()
            addChild(.indentedCode)
            return .leaf
        }
        switch first {
        case .greaterThan where canNest:
            line.advanceToNextNonspace()
            line.advance(bytes: 1)
            line.skipOptionalSpace()
            closeUnmatched()
            addChild(.blockquote)
            return .container
        case .hash:
            return startHeading()
        case .backtick, .tilde:
            return startFence(first)
        default:
            break
        }
        if first == .asterisk || first == .hyphen || first == .underscore, isThematicBreak(first) {
            closeUnmatched()
            addChild(.thematicBreak)
            line.consumeAll()
            return .leaf
        }
        return startListItem()
    }

    private mutating func startHeading() -> Start {
        var index = line.nextNonspace
        while line.byte(at: index) == .hash { index += 1 }
        let level = index - line.nextNonspace
        guard level <= 6, line.byte(at: index)?.isSpaceOrTab ?? true else { return .none }
        var start = index
        var end = line.end
        while start < end, line.bytes[start].isSpaceOrTab { start += 1 }
        while end > start, line.bytes[end - 1].isSpaceOrTab { end -= 1 }
        // An optional closing run of #s, if a space separates it from the text.
        var closing = end
        while closing > start, line.bytes[closing - 1] == .hash { closing -= 1 }
        if closing == start || line.bytes[closing - 1].isSpaceOrTab {
            end = closing
            while end > start, line.bytes[end - 1].isSpaceOrTab { end -= 1 }
        }
        closeUnmatched()
        addChild(.heading(level: level))
        container.content = Array(line.bytes[start..<end])
        line.consumeAll()
        return .leaf
    }

    private mutating func startFence(_ fence: UInt8) -> Start {
        var index = line.nextNonspace
        while line.byte(at: index) == fence { index += 1 }
        let length = index - line.nextNonspace
        guard length >= 3 else { return .none }
        let info = line.bytes[index..<line.end]
        // A backtick fence's info string may not hold a backtick, or `` ```code``` ``
        // at the start of a paragraph would swallow the rest of the document.
        if fence == .backtick, info.contains(.backtick) { return .none }
        let indent = line.indent
        closeUnmatched()
        addChild(.fencedCode(fence: fence, length: length, indent: indent))
        container.info = TextDecoding.unescapedString(info.trimmingSpaces())
        line.consumeAll()
        return .leaf
    }

    /// The length of the run of `fence` characters if the rest of the line is a
    /// closing fence (nothing but spaces after it), else zero.
    private func closingFenceLength(_ fence: UInt8) -> Int {
        var index = line.nextNonspace
        while line.byte(at: index) == fence { index += 1 }
        let length = index - line.nextNonspace
        while let next = line.byte(at: index), next.isSpaceOrTab { index += 1 }
        return index == line.end ? length : 0
    }

    private func isThematicBreak(_ mark: UInt8) -> Bool {
        var count = 0
        for byte in line.bytes[line.nextNonspace..<line.end] {
            if byte == mark {
                count += 1
            } else if !byte.isSpaceOrTab {
                return false
            }
        }
        return count >= 3
    }
}

extension ArraySlice<UInt8> {
    /// The slice without leading and trailing spaces and tabs.
    func trimmingSpaces() -> ArraySlice<UInt8> {
        var slice = self
        while let first = slice.first, first.isSpaceOrTab { slice.removeFirst() }
        while let last = slice.last, last.isSpaceOrTab { slice.removeLast() }
        return slice
    }
}
