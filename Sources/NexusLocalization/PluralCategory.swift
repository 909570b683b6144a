public import NexusDomain

/// The CLDR plural categories a catalogue entry can distinguish.
public enum PluralCategory: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other

    /// The category of the whole number `count` in `language`, following the CLDR rules.
    public static func of(_ count: Int, in language: Language) -> PluralCategory {
        let n = abs(count)
        switch language {
        case .en, .sq:
            return n == 1 ? .one : .other
        case .fr:
            if n == 0 || n == 1 { return .one }
            return n % 1_000_000 == 0 ? .many : .other
        case .ar:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                switch n % 100 {
                case 3...10: return .few
                case 11...99: return .many
                default: return .other
                }
            }
        }
    }

    /// The categories a language uses, which its catalogue must provide for plural keys.
    public static func required(for language: Language) -> [PluralCategory] {
        switch language {
        case .en, .sq: [.one, .other]
        case .fr: [.one, .many, .other]
        case .ar: [.zero, .one, .two, .few, .many, .other]
        }
    }
}
