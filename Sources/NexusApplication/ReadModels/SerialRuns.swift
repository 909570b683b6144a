/// Runs async jobs one after another, in the order they were asked for.
actor SerialRuns {
    private var last: Task<Void, any Error>?

    /// Runs `job` after every job asked for before it has finished.
    func run<Result: Sendable>(_ job: @escaping @Sendable () async throws -> Result) async throws -> Result {
        let previous = last
        let next = Task {
            _ = await previous?.result
            return try await job()
        }
        last = Task { _ = try await next.value }
        return try await next.value
    }
}
