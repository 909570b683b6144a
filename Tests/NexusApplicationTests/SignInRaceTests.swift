import NexusApplication
import NexusDomain
import NexusPersistence
import NexusTestSupport
import Testing

@Suite("Sign-in throttling under parallel attempts")
struct SignInRaceTests {
    @Test(
        "twenty wrong passwords sent at once: no more than the free attempts are checked, the rest wait",
        arguments: TestEngine.available)
    func parallelGuesses(engine: TestEngine) async throws {
        try await TestServices.run(engine) { services in
            let accounts = services.accounts
            _ = try await accounts.createUser(
                email: "target@example.org", name: "Target", password: "the real passphrase",
                roles: [.editor], by: .commandLine)
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for attempt in 0..<20 {
                    group.addTask {
                        do {
                            _ = try await accounts.signIn(
                                email: "target@example.org", password: "guess number \(attempt)",
                                client: "10.1.1.\(attempt)")
                            return "signed in"
                        } catch Accounts.Failure.invalidCredentials {
                            return "checked"
                        } catch Accounts.Failure.throttled {
                            return "throttled"
                        }
                    }
                }
                return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect((outcomes["checked"] ?? 0) <= 5, "\(outcomes)")
            #expect(outcomes["throttled"] ?? 0 >= 15, "\(outcomes)")
            await #expect(throws: (any Error).self, "even the right password waits now") {
                try await accounts.signIn(email: "target@example.org", password: "the real passphrase", client: "10.2.2.2")
            }
        }
    }
}
