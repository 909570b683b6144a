public import NexusDomain
public import NexusPersistence

/// Saving and publishing toolkit content in the browser or through the API: an editor's
/// edit, a translator's translation, a programme officer's meeting.
///
/// An edit is checked against the published toolkit without rebuilding it
/// (``ContentValidation``). Publishing writes the revision, its audit entry and the item's
/// search documents in one transaction; a region's findings carry its title in their search
/// documents, so renaming a region rewrites theirs in the same transaction.
public struct ContentPublishing: Sendable {
    /// What a save did.
    public struct Saved: Sendable {
        /// The revision that now stands: the new one, or the newest when nothing changed.
        public let revision: ContentRepository.Revision
        /// Whether anything was written.
        public let wrote: Bool
    }

    /// Why a save was refused; nothing was written.
    public enum Refusal: Error, Sendable {
        /// The document's own errors.
        case invalid([ContentProblem])
        /// Someone else saved since the form was loaded.
        case conflict(ContentRepository.RevisionConflict)
    }

    let writes: WritePipeline
    let store: ToolkitStore
    let content: ContentRepository

    /// Creates the use case over the pipeline and the snapshots it refreshes.
    public init(writes: WritePipeline, store: ToolkitStore, content: ContentRepository) {
        self.writes = writes
        self.store = store
        self.content = content
    }

    /// The problems that would stop `document` from being saved.
    public func problems(with document: ContentDocument) -> [ContentProblem] {
        ContentValidation.problems(with: document, in: store.snapshot)
    }

    /// Saves `document` as a new revision by `actor`, publishing it when `publish` is set.
    /// `base` is the newest revision's number when the form was loaded (0 when there was
    /// none); `nil` skips that check (an API client replacing a meeting).
    public func save(
        _ document: ContentDocument, base: Int?, publish: Bool, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        let problems = problems(with: document)
        guard problems.isEmpty else { return .failure(.invalid(problems)) }
        let search = publish ? searchDocuments(afterPublishing: document) : nil
        do {
            return .success(
                try await writes.run { transaction in
                    let saved = try await ContentRepository.save(document, base: base, publish: publish, by: actor, in: transaction)
                    guard publish, saved.wrote, let search else { return .init(Saved(revision: saved.revision, wrote: saved.wrote), changes: []) }
                    try await SearchIndex.upsert(search.toolkit, in: transaction)
                    if let findings = search.findings {
                        try await SearchIndex.replace(
                            source: EvidenceSearchSource.source, items: findings.items, with: findings.documents,
                            in: transaction)
                    }
                    return .init(Saved(revision: saved.revision, wrote: true), changes: [.content([document.key])])
                })
        } catch let conflict as ContentRepository.RevisionConflict {
            return .failure(.conflict(conflict))
        }
    }

    /// The search documents the item has once `document` is published: computed from the
    /// toolkit as it will be, built in memory from the published documents and this one.
    private func searchDocuments(
        afterPublishing document: ContentDocument
    ) -> (toolkit: [SearchDocument], findings: (items: Set<String>, documents: [SearchDocument])?) {
        var documents = store.documents
        documents[document.key] = document
        let snapshot = ToolkitBuilder.build(from: Array(documents.values)).snapshot
        guard let info = snapshot.info(document.itemID) else { return ([], nil) }
        let toolkit = ToolkitSearchSource.documents(of: info, snapshot: snapshot)
        guard document.kind == .region else { return (toolkit, nil) }
        return (toolkit, EvidenceSearchSource.documents(ofRegion: RegionID(document.slug), evidence: store.evidence, snapshot: snapshot))
    }
}
