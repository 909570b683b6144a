import Foundation

/// ISO 3166-1 alpha-2 country codes, as the evidence records and the maps use them.
public enum CountryCode {
    /// The two-letter region codes the system's locale data knows, Kosovo's `XK` among them.
    public static let all: Set<String> = Set(
        Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
    ).union(["XK"])

    /// Whether `code` is a known two-letter country code in capitals.
    public static func isKnown(_ code: String) -> Bool { all.contains(code) }

    /// The code a person typed, in capitals without spaces, if it is known.
    public static func parse(_ text: some StringProtocol) -> String? {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        return all.contains(code) ? code : nil
    }
}
