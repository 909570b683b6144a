import NIOCore
import SQLKit

extension SQLQueryBuilder {
    /// Runs the statement and waits for it to finish, so that its errors reach the caller.
    ///
    /// SQLKit offers `run()` twice — async, and returning an `EventLoopFuture` — and in
    /// statement position (`try await db.raw(…).run()`) Swift 6.3 picks the future one
    /// without a warning: the statement is sent, not awaited, and its error is dropped.
    /// This method names the future explicitly and awaits it. Use it for every statement
    /// that returns no rows. (A test in `DatabaseErrorsTests` guards this.)
    public func perform() async throws {
        let done: EventLoopFuture<Void> = run()
        try await done.get()
    }
}
