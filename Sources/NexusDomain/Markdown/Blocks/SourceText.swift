/// The input as UTF-8 bytes split into lines.
///
/// Every Markdown marker is ASCII, so the parser works on bytes: it is fast, never
/// splits a multi-byte character (it only cuts at ASCII bytes) and needs no
/// Foundation.
struct SourceText {
    /// The whole text, NUL replaced by U+FFFD as CommonMark asks (a NUL in HTML
    /// output is a parse error that browsers treat inconsistently).
    let bytes: [UInt8]
    /// Each line's bytes, without its line ending (LF, CR LF or a lone CR).
    let lines: [Range<Int>]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.contains(0) {
            var replaced: [UInt8] = []
            replaced.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                if byte == 0 { replaced += [0xEF, 0xBF, 0xBD] } else { replaced.append(byte) }
            }
            bytes = replaced
        }
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .newline || byte == .carriageReturn {
                lines.append(start..<index)
                if byte == .carriageReturn, index + 1 < bytes.count, bytes[index + 1] == .newline {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count {
            lines.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.lines = lines
    }
}
