import Foundation
import Hummingbird
import HummingbirdTesting
import NexusPersistence
import NexusTestSupport
import Testing

@testable import NexusWeb

/// The API against its own OpenAPI document, on each engine: the running application is
/// sent every scenario (reads in four languages, writes, refusals) through a
/// ``ContractClient``, and then every documented status of every operation must have
/// been seen. A status no scenario can reach is to be removed from the document, not
/// excused here.
@Suite("OpenAPI contract: the live API")
struct OpenAPIContractTests {
    @Test(
        "every request and response keeps to openapi.json, and every operation answers every status it documents",
        arguments: TestEngine.available)
    func contract(engine: TestEngine) async throws {
        let tokens = TokenBox()
        let log = ContractLog()
        try await TestApp.run(engine: engine, seed: { try await ContractPeople.seed($0, into: tokens) }) { client in
            let served = try await client.get("/openapi.json")
            let document = try OpenAPIDocument(data: Data(served.body.utf8))
            let api = ContractClient(client: client, contract: OpenAPIContract(document: document), log: log)
            let people = await ContractPeople(tokens)
            let browser = TestBrowser(client)
            try await browser.signIn(ContractPeople.officerEmail, ContractPeople.password)
            let session = try #require(await browser.cookie("nexus_session"))

            try await ContractReads(api: api, people: people).run()
            try await ContractWrites(api: api, people: people).run()
            try await ContractRefusals(api: api, people: people, sessionCookie: session).run()
            try await ContractScenarios(api: api, people: people).run()
            try await Self.unavailableDatabase(engine: engine, contract: api.contract, log: log)

            let unseen = await log.unseen(in: document)
            #expect(
                unseen.isEmpty,
                "documented but never answered in the contract run on \(engine):\n\(unseen.map { "  \($0)" }.joined(separator: "\n"))")
        }
    }

    /// `GET /healthz` → 503: only a database that does not answer gives it, so the health
    /// check runs on a closed one, behind a router of its own, through the same client.
    static func unavailableDatabase(engine: TestEngine, contract: OpenAPIContract, log: ContractLog) async throws {
        let throwaway = try await TestDatabase.make(engine)
        let database = try await NexusDatabase.open(throwaway.location, logger: TestDatabase.logger)
        try await database.close()
        let router = Router()
        router.get("healthz") { _, _ in await HealthCheck.answer(database) }
        try await Application(router: router).test(.router) { client in
            let api = ContractClient(client: client, contract: contract, log: log)
            let answer = try await api.send(.get, "/healthz", expect: .serviceUnavailable)
            #expect(answer.json?["status"] == .string("unavailable"))
        }
        try await throwaway.remove()
    }
}
