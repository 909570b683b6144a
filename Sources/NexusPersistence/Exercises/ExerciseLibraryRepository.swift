import Foundation
public import NexusDomain
import SQLKit

/// The library of reusable injects and question sets: searched a page at a time, and
/// written inside the transaction of the use case that makes the write.
public struct ExerciseLibraryRepository: Sendable {
    let database: NexusDatabase

    /// Creates a repository over `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// A page of items and how many match in all.
    public struct Page: Sendable, Hashable {
        public let items: [ReusableItem]
        public let total: Int
    }

    /// The items whose texts, in any language, hold every word of `query` (folded as
    /// search folds them), of `kind` if given, by title.
    public func page(query: String, kind: ReusableItem.Kind?, limit: Int, offset: Int = 0) async throws -> Page {
        var condition: SQLQueryString = "1 = 1"
        for word in TextFolding.fold(query).split(whereSeparator: \.isWhitespace).prefix(8) {
            // LIKE's own wildcards in what was typed are taken literally.
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            condition = "\(condition) AND search_text LIKE \(bind: "%" + escaped + "%") ESCAPE '\\'"
        }
        if let kind { condition = "\(condition) AND kind = \(bind: kind.rawValue)" }
        let counted: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS n FROM exercise_library WHERE \(condition)").all()
        let rows: [any SQLRow] = try await database.sql.raw(
            """
            SELECT record FROM exercise_library WHERE \(condition)
            ORDER BY sort_title, id LIMIT \(bind: max(0, limit)) OFFSET \(bind: max(0, offset))
            """
        ).all()
        return Page(items: try rows.map(Self.item(from:)), total: try counted.first?.decode(column: "n", as: Int.self) ?? 0)
    }

    /// One item, if kept.
    public func item(_ id: ReusableItemID) async throws -> ReusableItem? {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT record FROM exercise_library WHERE id = \(bind: id.rawValue)").all()
        return try rows.first.map(Self.item(from:))
    }

    /// Keeps `item` inside `transaction`, replacing one kept before under its identifier.
    public static func save(_ item: ReusableItem, by actor: AuditActor, in transaction: WriteTransaction) async throws {
        let db = transaction.sql
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(item), as: UTF8.self)
        let title = (item.title[item.sourceLanguage] ?? item.id.rawValue).lowercased()
        let now = StoredTime.text(.now)
        try await db.raw("DELETE FROM exercise_library WHERE id = \(bind: item.id.rawValue)").perform()
        try await db.raw(
            """
            INSERT INTO exercise_library (id, kind, source_language, sort_title, search_text, record, updated_at, updated_by)
            VALUES (\(bind: item.id.rawValue), \(bind: item.kind.rawValue), \(bind: item.sourceLanguage.code), \(bind: title),
                    \(bind: item.searchText), \(bind: json), \(bind: now), \(bind: actor.label))
            """
        ).perform()
        try await AuditLog.record(.init(.libraryItemSave, entity: item.id.rawValue, by: actor, after: title), in: db)
    }

    /// Removes an item inside `transaction`; `false` when there was none.
    public static func delete(_ id: ReusableItemID, by actor: AuditActor, in transaction: WriteTransaction) async throws -> Bool {
        let db = transaction.sql
        let rows: [any SQLRow] = try await db.raw("SELECT sort_title FROM exercise_library WHERE id = \(bind: id.rawValue)").all()
        guard let title = try rows.first?.decode(column: "sort_title", as: String.self) else { return false }
        try await db.raw("DELETE FROM exercise_library WHERE id = \(bind: id.rawValue)").perform()
        try await AuditLog.record(.init(.libraryItemDelete, entity: id.rawValue, by: actor, before: title), in: db)
        return true
    }

    static func item(from row: any SQLRow) throws -> ReusableItem {
        let text = try row.decode(column: "record", as: String.self)
        do {
            return try JSONDecoder().decode(ReusableItem.self, from: Data(text.utf8))
        } catch {
            throw StoredValueInvalid(table: "exercise_library", column: "record", value: String(text.prefix(80)))
        }
    }
}
