/// Lets one writer at a time into an SQLite database from this process; the others wait
/// here, in order, without holding a thread or a connection.
///
/// SQLite admits one writer per file and makes the rest poll on `busy_timeout`. The
/// SQLite bundled with SQLiteNIO is built without `HAVE_USLEEP`, so a waiting writer
/// polls once a second: in a burst, one can miss the free moments thirty times running
/// and fail with "database is locked" though the database was never stuck. Queueing the
/// process's own writers leaves polling to writers in other processes (a CLI command
/// beside `nexus serve`), which are rare.
actor WriterQueue {
    private var occupied = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` once every writer that came before has finished.
    func run<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        await enter()
        do {
            let result = try await body()
            leave()
            return result
        } catch {
            leave()
            throw error
        }
    }

    private func enter() async {
        guard occupied else {
            occupied = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            occupied = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
