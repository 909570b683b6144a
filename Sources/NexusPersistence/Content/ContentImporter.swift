import NexusDomain

/// Loads a content folder into the database after checking it.
public struct ContentImporter: Sendable {
    /// What an import did and found.
    public struct Report: Sendable {
        /// Every problem in the folder, errors first.
        public let problems: [ContentProblem]
        /// What was written; `nil` when the import was refused.
        public let summary: ContentRepository.ImportSummary?

        /// Whether the folder had errors, so nothing was written.
        public var wasRefused: Bool { summary == nil }
    }

    private let repository: ContentRepository

    /// Creates an importer writing through `repository`.
    public init(repository: ContentRepository) {
        self.repository = repository
    }

    /// Checks the folder without writing anything: the same checks an import makes.
    public static func check(directory: String) throws -> ToolkitBuilder.Result {
        let contents = try ContentFolderReader.read(directory: directory)
        let result = ToolkitBuilder.build(from: contents.documents)
        return ToolkitBuilder.Result(snapshot: result.snapshot, problems: contents.problems + result.problems)
    }

    /// Imports every document of `directory` unless the folder has errors, in which
    /// case nothing is written and the report says why. Importing the same folder
    /// twice changes nothing the second time.
    public func importFolder(_ directory: String, origin: String = "import") async throws -> Report {
        let contents = try ContentFolderReader.read(directory: directory)
        let result = ToolkitBuilder.build(from: contents.documents)
        let problems = ToolkitBuilder.Result(snapshot: result.snapshot, problems: contents.problems + result.problems)
            .problems
        guard !problems.contains(where: { $0.severity == .error }) else {
            return Report(problems: problems, summary: nil)
        }
        let summary = try await repository.publish(contents.documents, origin: origin)
        return Report(problems: problems, summary: summary)
    }
}
