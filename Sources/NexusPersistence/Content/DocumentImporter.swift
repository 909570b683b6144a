import NexusDomain

/// Loads an official toolkit document (PDF, text or Markdown) into the content folder
/// as draft files: recognises its structure, merges it with what the folder holds,
/// and writes only what is new unless told to replace.
public enum DocumentImporter {
    /// What an import found and did.
    public struct Report: Sendable {
        public let recognized: RecognizedDocument
        public let plan: DocumentImportPlan
        /// Whether the files were written (false for a dry run).
        public let wrote: Bool
    }

    /// Imports `path`, a document in `language`, into the content folder `directory`.
    public static func importDocument(
        at path: String, language: Language, into directory: String, source: String, replace: Bool, dryRun: Bool
    ) async throws -> Report {
        let text = try await DocumentText.text(of: path)
        let recognized = DocumentRecognizer.recognize(text, language: language)
        let existing = try ContentFolderReader.read(directory: directory).documents
        let plan = DocumentImportPlanner.plan(recognized, existing: existing, source: source, replace: replace)
        if !dryRun {
            for write in plan.writes { try ContentFileWriter.write(write.document, into: directory) }
        }
        return Report(recognized: recognized, plan: plan, wrote: !dryRun)
    }
}
