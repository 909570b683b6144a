/// The two shapes of `<…>` that CommonMark turns into links. Anything else between
/// angle brackets is text: this parser has no raw HTML.
enum Autolink {
    /// `scheme:anything`, the scheme being 2–32 letters, digits, `+`, `.` or `-`
    /// starting with a letter. Whether the scheme is allowed is the URL policy's call,
    /// not the parser's.
    static func isURI(_ content: ArraySlice<UInt8>) -> Bool {
        guard let colon = content.firstIndex(of: .colon) else { return false }
        let scheme = content[..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.first, first.isASCIILetter else { return false }
        return scheme.allSatisfy { $0.isASCIIAlphanumeric || $0 == .plus || $0 == .period || $0 == .hyphen }
    }

    /// `local@domain.example`, with HTML's rules for the two parts.
    static func isEmail(_ content: ArraySlice<UInt8>) -> Bool {
        guard let at = content.firstIndex(of: .at) else { return false }
        let local = content[..<at]
        guard !local.isEmpty, local.allSatisfy(isLocalPartByte) else { return false }
        let labels = content[(at + 1)...].split(separator: .period, omittingEmptySubsequences: false)
        return !labels.isEmpty
            && labels.allSatisfy { label in
                (1...63).contains(label.count) && label.first != .hyphen && label.last != .hyphen
                    && label.allSatisfy { $0.isASCIIAlphanumeric || $0 == .hyphen }
            }
    }

    private static let localPunctuation = Set(".!#$%&'*+/=?^_`{|}~-".utf8)

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || localPunctuation.contains(byte)
    }
}
