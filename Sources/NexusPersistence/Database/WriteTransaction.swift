import SQLKit

/// One open transaction, handed to every repository that takes part in a write, so that
/// the rows of a feature, its audit entry, its search documents and the data version all
/// commit together or not at all.
///
/// The SQL handle stays inside this module: the application layer composes writes
/// without knowing SQL.
public struct WriteTransaction: Sendable {
    let sql: any SQLDatabase
    /// The engine the transaction runs on.
    public let engine: NexusDatabase.Engine
}

extension NexusDatabase {
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func write<Result: Sendable>(
        _ body: @escaping @Sendable (WriteTransaction) async throws -> Result
    ) async throws -> Result {
        let engine = engine
        return try await transaction { db in try await body(WriteTransaction(sql: db, engine: engine)) }
    }
}
