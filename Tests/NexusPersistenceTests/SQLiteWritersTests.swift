import Foundation
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

/// SQLite admits one writer at a time. The product's own writers queue for it in the
/// process instead of polling on `busy_timeout`, which the bundled SQLite does once a
/// second: a burst of writes must all land, however long the queue.
@Suite("SQLite writers from one process take turns")
struct SQLiteWritersTests {
    @Test("a burst of writes that hold the lock far longer than the busy timeout all commit, none refused as locked")
    func burstOfWrites() async throws {
        let test = try await TestDatabase.make(.sqlite)
        // Twelve writers each holding the lock for 150 ms wait up to 1.8 s in all; a writer
        // left to poll with a 200 ms timeout would fail with "database is locked".
        let database = try await NexusDatabase.open(test.location, logger: TestDatabase.logger, busyTimeout: .milliseconds(200))
        do {
            try await database.sql.raw("CREATE TABLE probe (n INTEGER NOT NULL)").perform()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<12 {
                    group.addTask {
                        try await database.transaction { transaction in
                            try await transaction.raw("INSERT INTO probe (n) VALUES (\(bind: n))").perform()
                            try await Task.sleep(for: .milliseconds(150))
                        }
                    }
                    group.addTask { try await database.perform("UPDATE probe SET n = n WHERE n = \(bind: n)") }
                }
                try await group.waitForAll()
            }
            let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS c FROM probe").all()
            #expect(try rows.first?.decode(column: "c", as: Int.self) == 12)
            try await database.close()
            try await test.remove()
        } catch {
            try? await database.close()
            try? await test.remove()
            throw error
        }
    }
}
