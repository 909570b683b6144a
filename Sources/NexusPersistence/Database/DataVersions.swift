import SQLKit

/// The kinds of data that instances hold in memory and must keep in step with the database.
public enum DataFamily: String, CaseIterable, Sendable, Codable {
    /// Published toolkit content (the toolkit snapshot).
    case content
    /// Findings and participation counts (the evidence snapshot).
    case evidence
    /// Cases (the index of public cases).
    case cases
}

/// A counter per ``DataFamily`` that every committed write moves on, in its own transaction.
///
/// An instance remembers the versions its snapshots were read at. Events between
/// instances carry the version a write produced, so a follower can tell whether it missed
/// one; and after its listener (re)connects it compares the counters with its own and
/// reads again whatever moved, so nothing sent while it was not listening is lost.
public struct DataVersions: Sendable {
    let database: NexusDatabase

    /// Creates the counters of `database`.
    public init(database: NexusDatabase) {
        self.database = database
    }

    /// The current version of every family.
    public func current() async throws -> [DataFamily: Int] {
        let rows: [any SQLRow] = try await database.sql.raw("SELECT name, version FROM data_versions").all()
        var versions: [DataFamily: Int] = [:]
        for row in rows {
            let name = try row.decode(column: "name", as: String.self)
            guard let family = DataFamily(rawValue: name) else { throw StoredValueInvalid(table: "data_versions", column: "name", value: name) }
            versions[family] = try row.decode(column: "version", as: Int.self)
        }
        return versions
    }

    /// Moves `family` on by one inside `transaction` and returns its new version. On
    /// PostgreSQL the row stays locked until the transaction ends, so versions follow the
    /// order in which writes commit.
    public static func bump(_ family: DataFamily, in transaction: WriteTransaction) async throws -> Int {
        try await transaction.sql.raw("UPDATE data_versions SET version = version + 1 WHERE name = \(bind: family.rawValue)").perform()
        let rows: [any SQLRow] = try await transaction.sql.raw(
            "SELECT version FROM data_versions WHERE name = \(bind: family.rawValue)"
        ).all()
        guard let version = try rows.first?.decode(column: "version", as: Int.self) else {
            throw StoredValueInvalid(table: "data_versions", column: "name", value: family.rawValue)
        }
        return version
    }
}

/// A stored value this build cannot read: a corrupt row, or one written by a newer version.
/// Reading it is an error, never a silently missing row.
public struct StoredValueInvalid: Error, CustomStringConvertible {
    /// Where the value is.
    public let table: String
    /// Which column.
    public let column: String
    /// What it holds.
    public let value: String

    /// Creates the error.
    public init(table: String, column: String, value: String) {
        self.table = table
        self.column = column
        self.value = value
    }

    public var description: String { "\(table).\(column) holds \"\(value.prefix(80))\", which this version cannot read" }
}
