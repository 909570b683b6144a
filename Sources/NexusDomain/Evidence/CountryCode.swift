import Foundation

/// An ISO 3166-1 alpha-2 country code in capitals, as the evidence records and the maps use
/// them; only codes the system's locale data knows (Kosovo's `XK` among them) can be made.
public struct CountryCode: Hashable, Sendable, Comparable, TextCoded {
    /// The code, such as `AL`.
    public let rawValue: String

    /// The code a person typed, in capitals without spaces, if it is a known one.
    public init?(_ text: some StringProtocol) {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard Self.all.contains(code) else { return nil }
        rawValue = code
    }

    public static func parsed(_ text: String) -> CountryCode? { CountryCode(text) }
    public static let textName = "a country code"

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The two-letter region codes the system's locale data knows, Kosovo's `XK` among them.
    public static let all: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
    ).union(["XK"])

    /// Whether `code` is a known two-letter country code in capitals.
    public static func isKnown(_ code: String) -> Bool { all.contains(code) }
}
