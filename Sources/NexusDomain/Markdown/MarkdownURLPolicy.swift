/// Which link and image URLs may reach a page.
///
/// Allowed: `http:`, `https:` and `mailto:` URLs (scheme in any case), and relative
/// references: `/path`, `path`, `./x`, `../x`, `?query`, `#fragment`, the empty URL.
/// Refused: every other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…) and
/// protocol-relative `//host` references, which leave the site under whatever scheme
/// the page has; write `https://host` instead.
///
/// The check is made on a stricter reading than any browser's, so that no spelling
/// can slip past it: character references are decoded, all controls, whitespace and
/// invisible characters are removed, `%XX` escapes are decoded and backslashes read
/// as slashes. A colon before the first `/`, `?` or `#` is taken as the end of a
/// scheme even where a browser would see a relative path (`a:b`, `java%73cript:`),
/// so such relative paths are refused too; `./a:b` keeps them.
public enum MarkdownURLPolicy {
    /// The schemes links and images may use.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Whether `url` may be used as a link's `href` or an image's `src`.
    public static func isAllowed(_ url: String) -> Bool {
        sanitized(url) != nil
    }

    /// The URL as it will be written into the page, or `nil` if it is refused.
    ///
    /// Surrounding whitespace and controls are trimmed and tabs and newlines removed,
    /// as browsers do; other controls and spaces are percent-encoded. The check then
    /// runs on that exact string and on its reference-decoded form, so what the
    /// browser reads is what was checked.
    static func sanitized(_ url: String) -> String? {
        let written = writtenForm(url)
        guard hasAllowedScheme(written), hasAllowedScheme(TextDecoding.decodingReferences(written)) else {
            return nil
        }
        return written
    }

    private static func writtenForm(_ url: String) -> String {
        let scalars = url.unicodeScalars
        let isTrimmed: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 || $0.value == 0x7F || $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        var result = String.UnicodeScalarView()
        for scalar in scalars[first...last] {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                continue
            case 0..<0x21, 0x7F:
                result.append(contentsOf: "%\(scalar.value < 0x10 ? "0" : "")\(String(scalar.value, radix: 16, uppercase: true))".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func hasAllowedScheme(_ url: String) -> Bool {
        let visible = url.unicodeScalars.filter { scalar in
            !(scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.isWhitespace
                || scalar.properties.isDefaultIgnorableCodePoint)
        }
        let decoded = percentDecoded(Array(String(String.UnicodeScalarView(visible)).utf8))
            .map { $0 == .backslash ? UInt8.slash : $0 }
        if decoded.starts(with: [.slash, .slash]) { return false }
        guard let end = decoded.firstIndex(where: { [.colon, .slash, .init(ascii: "?"), .hash].contains($0) }),
            decoded[end] == .colon
        else {
            return true  // no scheme: a relative reference
        }
        let scheme = String(decoding: decoded[..<end], as: UTF8.self).lowercased()
        return allowedSchemes.contains(scheme)
    }

    /// `%XX` escapes decoded once; browsers never decode them in a scheme, so this
    /// only makes the check stricter.
    private static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x25, index + 2 < bytes.count,
                let high = bytes[index + 1].hexDigitValue, let low = bytes[index + 2].hexDigitValue
            {
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
