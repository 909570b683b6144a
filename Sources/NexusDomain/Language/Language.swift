/// A language the toolkit is published in.
///
/// English is the source language: every other language is a translation of it,
/// and a translation records which English text it was made from.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
    case en, fr, ar, sq

    /// The language translations are made from.
    public static let source: Language = .en

    /// The languages that translate the source.
    public static var translations: [Language] { allCases.filter { $0 != source } }

    /// The BCP 47 code used in URLs, `lang` attributes and file names.
    public var code: String { rawValue }

    /// Whether text in this language runs right to left.
    public var isRightToLeft: Bool { self == .ar }

    /// The language's name in its own language, as a language switcher shows it.
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .fr: "Français"
        case .ar: "العربية"
        case .sq: "Shqip"
        }
    }

    /// Parses a code such as `fr`, `FR` or `fr-CA`; `nil` for a language we do not publish.
    public init?(code: some StringProtocol) {
        let primary = code.split(separator: "-").first.map { $0.lowercased() } ?? ""
        self.init(rawValue: primary)
    }
}
