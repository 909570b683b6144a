/// The inline constructs that are read whole, with no nesting: code spans, autolinks
/// and character references.
extension InlineParser {
    mutating func codeSpan() {
        var end = index
        while end < bytes.count, bytes[end] == .backtick { end += 1 }
        let length = end - index
        if codeSpans == nil { codeSpans = CodeSpanTable(bytes) }
        guard let closer = codeSpans?.closer(length: length, from: end) else {
            pendingText.append(contentsOf: bytes[index..<end])
            index = end
            return
        }
        var content = bytes[end..<closer].map { $0 == .newline ? UInt8.space : $0 }[...]
        // One space on each side is padding that lets code start or end with a backtick.
        if content.count >= 2, content.first == .space, content.last == .space,
            content.contains(where: { $0 != .space })
        {
            content = content.dropFirst().dropLast()
        }
        flushText()
        pieces.append(.code(String(decoding: content, as: UTF8.self)))
        index = closer + length
    }

    mutating func autolink() {
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == .greaterThan || byte == .lessThan || byte == .space || byte.isASCIIControl { break }
            end += 1
        }
        let content = bytes[(index + 1)..<min(end, bytes.count)]
        let text = String(decoding: content, as: UTF8.self)
        let url: String? =
            if end >= bytes.count || bytes[end] != .greaterThan {
                nil
            } else if Autolink.isURI(content) {
                text
            } else if Autolink.isEmail(content) {
                "mailto:" + text
            } else {
                nil
            }
        guard let url else {
            // Not an autolink, and never HTML: the `<` is text.
            pendingText.append(.lessThan)
            index += 1
            return
        }
        flushText()
        pieces.append(.autolink(url: url, text: text))
        index = end + 1
    }

    mutating func characterReference() {
        if let (scalar, end) = TextDecoding.characterReference(at: index, in: bytes[...]) {
            TextDecoding.append(scalar, to: &pendingText)
            index = end
        } else {
            pendingText.append(.ampersand)
            index += 1
        }
    }
}
