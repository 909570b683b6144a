import Foundation
import NexusPersistence
import NexusTestSupport
import SQLKit
import Testing

/// A statement that fails must fail loudly: a swallowed error is lost data.
@Suite("Database errors reach the caller on both engines")
struct DatabaseErrorsTests {
    @Test("a failing statement throws, with or without binds, in or out of a transaction", arguments: TestEngine.available)
    func failingStatementsThrow(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            await #expect(throws: (any Error).self) { try await database.sql.raw("INSERT INTO no_such_table VALUES (1)").perform() }
            await #expect(throws: (any Error).self) { try await database.sql.raw("INSERT INTO no_such_table VALUES (\(bind: 1))").perform() }
            await #expect(throws: (any Error).self) { try await database.sql.raw("SELEC 1").perform() }
            await #expect(throws: (any Error).self) {
                let _: [any SQLRow] = try await database.sql.raw("SELECT * FROM no_such_table").all()
            }
            await #expect(throws: (any Error).self) {
                try await database.transaction { try await $0.raw("INSERT INTO no_such_table VALUES (1)").perform() }
            }
        }
    }

    /// `perform()` exists because SQLKit's `run()` in statement position silently picks the
    /// EventLoopFuture overload (see `SQLQueryBuilder+perform.swift`): no statement may use it.
    @Test("no SQL statement in the sources ends in run() instead of perform()")
    func noUnawaitedStatements() throws {
        let sources = Fixtures.repositoryRoot.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                // A builder call ends in ")" before ".run()"; processes and services are named.
                if line.contains(").run()") { offenders.append("\(file.lastPathComponent):\(number + 1)") }
            }
        }
        #expect(offenders.isEmpty, "use perform(): \(offenders)")
    }

    @Test("every pooled connection sees the same schema", arguments: TestEngine.available)
    func writesAreVisibleEverywhere(engine: TestEngine) async throws {
        try await TestDatabase.withDatabase(engine) { database throws in
            try await database.sql.raw("CREATE TABLE probe (n INTEGER NOT NULL)").perform()
            for n in 0..<16 { try await database.sql.raw("INSERT INTO probe (n) VALUES (\(bind: n))").perform() }
            let rows: [any SQLRow] = try await database.sql.raw("SELECT COUNT(*) AS c FROM probe").all()
            #expect(try rows.first?.decode(column: "c", as: Int.self) == 16)
        }
    }
}
