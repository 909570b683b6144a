import Foundation
public import NexusDomain
public import NexusPersistence

/// Loading a content folder into the database: at first start, and with
/// `nexus content import`. The folder is checked first and a folder with errors writes
/// nothing; what is written goes through the same pipeline as an editor's publish, search
/// documents included, so the command line and the web cannot drift apart.
public struct ContentImport: Sendable {
    /// What an import did and found.
    public struct Report: Sendable {
        /// Every problem in the folder, errors first.
        public let problems: [ContentProblem]
        /// What was written; `nil` when the import was refused.
        public let summary: ContentRepository.ImportSummary?

        /// Whether the folder had errors, so nothing was written.
        public var wasRefused: Bool { summary == nil }
    }

    let writes: WritePipeline
    let store: ToolkitStore

    /// Creates the use case over the pipeline and the snapshots it refreshes.
    public init(writes: WritePipeline, store: ToolkitStore) {
        self.writes = writes
        self.store = store
    }

    /// Checks a folder without writing anything: the same checks an import makes.
    public static func check(directory: String) throws -> ToolkitBuilder.Result {
        let contents = try ContentFolderReader.read(directory: directory)
        let result = ToolkitBuilder.build(from: contents.documents)
        return ToolkitBuilder.Result(snapshot: result.snapshot, problems: contents.problems + result.problems)
    }

    /// Imports every document of `directory` unless the folder has errors, in which case
    /// nothing is written and the report says why. Importing the same folder twice changes
    /// nothing the second time.
    public func importFolder(_ directory: String, by actor: AuditActor) async throws -> Report {
        let contents = try ContentFolderReader.read(directory: directory)
        let checked = ToolkitBuilder.build(from: contents.documents)
        let problems = ToolkitBuilder.Result(snapshot: checked.snapshot, problems: contents.problems + checked.problems).problems
        guard !problems.contains(where: { $0.severity == .error }) else { return Report(problems: problems, summary: nil) }
        let evidence = store.evidence
        let summary = try await writes.run { transaction in
            let summary = try await ContentRepository.importDocuments(contents.documents, by: actor, in: transaction)
            guard summary.changedAnything else { return .init(summary, changes: []) }
            let snapshot = ToolkitBuilder.build(from: try await ContentRepository.publishedDocuments(in: transaction)).snapshot
            try await SearchIndex.synchronize(
                source: ToolkitSearchSource.source, with: ToolkitSearchSource.documents(from: snapshot),
                in: transaction)
            for region in Set(summary.written.filter { $0.item.kind == .region }.map(\.item.slug)) {
                let findings = EvidenceSearchSource.documents(ofRegion: RegionID(region), evidence: evidence, snapshot: snapshot)
                try await SearchIndex.replace(
                    source: EvidenceSearchSource.source, items: findings.items, with: findings.documents,
                    in: transaction)
            }
            return .init(summary, changes: [.contentAll])
        }
        return Report(problems: problems, summary: summary)
    }
}
