import Foundation
import Logging
import NexusDomain
import NexusPersistence

/// The bundled sample scenarios (`scenarios/*.json` in the content folder, exercise files),
/// loaded once per installation so that a new facilitator can run an exercise on the first
/// day. A file with problems is logged and skipped.
enum ScenarioSeeding {
    static func seed(
        from contentDirectory: String, database: NexusDatabase, writes: WritePipeline, store: ToolkitStore, logger: Logger
    ) async throws {
        let folder = (contentDirectory as NSString).appendingPathComponent(ContentFolderReader.scenariosFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let references = ScenarioReferences(snapshot: store.snapshot)
        // A start after the first reads the ledger once and no seed file.
        let done = try await SeedLedger.names(under: "scenarios/", in: database)
        var loaded = 0
        for name in names.sorted() where name.hasSuffix(".json") && !done.contains("scenarios/" + name) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            switch ScenarioDocument.read(data, references: references) {
            case .failure(let rejected):
                logger.error("the sample scenario \(path) has problems and was not loaded: \(rejected.problems)")
            case .success(let scenario):
                let stored = try await writes.run { transaction in
                    .init(try await ScenarioRepository.seed(named: "scenarios/" + name, scenario, in: transaction), changes: [])
                }
                if stored != nil { loaded += 1 }
            }
        }
        if loaded > 0 { logger.info("loaded \(loaded) sample scenarios from \(folder)") }
    }
}
