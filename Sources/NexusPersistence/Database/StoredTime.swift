import Foundation
import SQLKit

/// Moments as the database keeps them: ISO 8601 text in UTC with milliseconds, which sorts
/// as it reads on both engines. Rows written before milliseconds were kept have none.
enum StoredTime {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    /// The stored text of `date`, to the nearest millisecond. The formatter cuts the
    /// fraction off, and a moment read as milliseconds (from a STIX timestamp, say) is held
    /// as a binary fraction a hair below it, which would lose a millisecond each round trip.
    static func text(_ date: Date) -> String { date.addingTimeInterval(0.0005).formatted(withFraction) }

    /// The moment a stored text names; a text that is not one is an error, not a guess.
    static func date(_ text: String, table: String, column: String) throws -> Date {
        if let date = try? Date(text, strategy: withFraction) { return date }
        if let date = try? Date(text, strategy: withoutFraction) { return date }
        throw StoredValueInvalid(table: table, column: column, value: text)
    }
}

extension SQLRow {
    /// A stored moment.
    func date(_ column: String, table: String) throws -> Date {
        try StoredTime.date(decode(column: column, as: String.self), table: table, column: column)
    }

    /// A stored moment that may be absent.
    func optionalDate(_ column: String, table: String) throws -> Date? {
        try decode(column: column, as: String?.self).map { try StoredTime.date($0, table: table, column: column) }
    }
}
