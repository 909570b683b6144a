import Foundation
import Logging
import NexusDomain
import NexusPersistence

/// The bundled seed cases (`cases/*.json` in the content folder): composite training
/// cases, loaded once per installation. A file with problems is logged and skipped.
enum CaseSeeding {
    static func seed(from contentDirectory: String, database: NexusDatabase, writes: WritePipeline, store: ToolkitStore, logger: Logger)
        async throws
    {
        let folder = (contentDirectory as NSString).appendingPathComponent(ContentFolderReader.casesFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let references = CaseReferences(snapshot: store.snapshot)
        // A start after the first reads the ledger once and no seed file.
        let done = try await SeedLedger.names(under: "cases/", in: database)
        var loaded = 0
        for name in names.sorted() where name.hasSuffix(".json") && !done.contains(Self.ledgerName(name)) {
            let path = (folder as NSString).appendingPathComponent(name)
            let record: NexusCase
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                record = try JSONDecoder().decode(CaseFile.self, from: data).record()
            } catch {
                logger.error("the seed case \(path) cannot be read and was not loaded: \(error)")
                continue
            }
            let problems = CaseValidation.problems(with: record, references: references)
            guard problems.isEmpty else {
                logger.error("the seed case \(path) has problems and was not loaded: \(problems)")
                continue
            }
            let stored = try await writes.run { transaction in
                guard let stored = try await CaseRepository.seed(named: Self.ledgerName(name), record, in: transaction) else {
                    return .init(StoredCase?.none, changes: [])
                }
                try await SearchIndex.replace(
                    source: CaseSearchSource.source, items: [record.id.rawValue], with: CaseSearchSource.documents(of: stored.record),
                    in: transaction)
                return .init(stored, changes: [.cases])
            }
            if stored != nil { loaded += 1 }
        }
        if loaded > 0 { logger.info("loaded \(loaded) seed cases from \(folder)") }
    }

    /// The name a seed file has in the seed ledger.
    static func ledgerName(_ file: String) -> String { "cases/" + file }
}
