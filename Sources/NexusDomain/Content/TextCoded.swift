/// A value that is written as one short text — a country code, a partial date, an
/// admiralty grade — and is encoded as that text; decoding text it cannot read is an error
/// that names the value, never a guess.
public protocol TextCoded: Codable, CustomStringConvertible {
    /// The value `text` writes, if it is one.
    static func parsed(_ text: String) -> Self?
    /// What to call the value in an error ("a country code").
    static var textName: String { get }
}

extension TextCoded {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self.parsed(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not \(Self.textName)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
