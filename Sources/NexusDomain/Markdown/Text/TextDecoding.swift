/// Backslash escapes and character references (`&amp;`, `&#39;`, `&#x27;`), decoded
/// to the characters they stand for. Output escapes them again, so decoding can never
/// smuggle markup through; it only makes plain text, URLs and the policy's checks see
/// what a browser would.
enum TextDecoding {
    /// The character reference starting at `index` (an `&`), and the index just past
    /// its `;`, or `nil` if the text there is no reference we know.
    static func characterReference(at index: Int, in bytes: ArraySlice<UInt8>) -> (Unicode.Scalar, end: Int)? {
        var cursor = index + 1
        guard cursor < bytes.endIndex else { return nil }
        if bytes[cursor] == .hash {
            cursor += 1
            let isHex = cursor < bytes.endIndex && (bytes[cursor] | 0x20) == 0x78  // x or X
            if isHex { cursor += 1 }
            let digitsStart = cursor
            var value: UInt32 = 0
            // CommonMark's limits (6 hex or 7 decimal digits) keep the value in range.
            while cursor < bytes.endIndex, cursor - digitsStart < (isHex ? 6 : 7) {
                let byte = bytes[cursor]
                if isHex, let digit = byte.hexDigitValue {
                    value = value * 16 + UInt32(digit)
                } else if !isHex, byte.isASCIIDigit {
                    value = value * 10 + UInt32(byte - 0x30)
                } else {
                    break
                }
                cursor += 1
            }
            guard cursor > digitsStart, cursor < bytes.endIndex, bytes[cursor] == .semicolon else { return nil }
            // NUL, surrogates and values past Unicode become U+FFFD, as in HTML.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", cursor + 1)
        }
        let nameStart = cursor
        while cursor < bytes.endIndex, bytes[cursor].isASCIIAlphanumeric, cursor - nameStart < 32 {
            cursor += 1
        }
        guard cursor > nameStart, bytes[nameStart].isASCIILetter,
            cursor < bytes.endIndex, bytes[cursor] == .semicolon
        else { return nil }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        guard let value = EntityTable.codePoints[name], let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1)
    }

    /// Appends the UTF-8 encoding of `scalar`.
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// `bytes` with backslash escapes and character references decoded, as CommonMark
    /// does for link destinations, titles and fence info strings.
    static func unescaped(_ bytes: ArraySlice<UInt8>, escapes: Bool = true) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if escapes, byte == .backslash, index + 1 < bytes.endIndex, bytes[index + 1].isASCIIPunctuation {
                result.append(bytes[index + 1])
                index += 2
            } else if byte == .ampersand, let (scalar, end) = characterReference(at: index, in: bytes) {
                append(scalar, to: &result)
                index = end
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    static func unescapedString(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: unescaped(bytes), as: UTF8.self)
    }

    /// `text` with character references decoded (backslashes kept): what a browser
    /// would make of it as an attribute value.
    static func decodingReferences(_ text: String) -> String {
        String(decoding: unescaped(Array(text.utf8)[...], escapes: false), as: UTF8.self)
    }
}
