import Foundation

/// Stored moments (ISO 8601 in UTC, as the database keeps them) as people read them.
enum StoredTime {
    /// "2026-11-25T11:05:26.123Z" as "2026-11-25 11:05:26".
    static func toSecond(_ stored: String) -> String { readable(stored, length: 19) }

    /// "2026-11-25T11:05:26Z" as "2026-11-25 11:05".
    static func toMinute(_ stored: String) -> String { readable(stored, length: 16) }

    private static func readable(_ stored: String, length: Int) -> String {
        String(stored.prefix(length)).replacingOccurrences(of: "T", with: " ")
    }
}
