import Foundation
public import NexusDomain
public import NexusPersistence

/// The case library's use cases: reading cases as the asker may read them, and recording,
/// publishing and deleting them. Every write is one transaction with its revision, audit
/// entry and search documents; the public cases' index that the toolkit pages show is
/// then read again.
public struct CaseLibrary: Sendable {
    /// A case as saved.
    public struct Saved: Sendable {
        public let stored: StoredCase
        /// Whether the save wrote anything.
        public let changed: Bool
    }

    /// Why a case was not saved; nothing was written.
    public enum Refusal: Error, Sendable, Equatable {
        /// The fields' problems.
        case invalid([CaseProblem])
        /// The texts look like people's names; saving again with confirmation goes ahead.
        case needsConfirmation([CaseWarning])
        /// The asker may not make this change (publish, or touch a published case, without editing rights).
        case forbidden
        /// A change names a case that does not exist (or that the asker may not read).
        case notFound
        /// A new case names an identifier already in use.
        case exists(CaseID)
        /// Someone saved the case since the form was loaded.
        case stale(current: StoredCase, loaded: NexusCase?)
    }

    let writes: WritePipeline
    let store: ToolkitStore
    /// The repository, for reads.
    public let records: CaseRepository

    /// Creates the use cases over the pipeline and the store of the public index.
    public init(writes: WritePipeline, store: ToolkitStore, records: CaseRepository) {
        self.writes = writes
        self.store = store
        self.records = records
    }

    // MARK: Reading

    /// The case `id` if `principal` may read it; `nil` otherwise, as if there were none.
    public func read(_ id: CaseID, as principal: Principal) async throws -> StoredCase? {
        guard let stored = try await records.stored(id), CaseAccess.canRead(principal, stored.record) else { return nil }
        return stored
    }

    /// A page of the cases `principal` may read that match `filter`.
    public func page(_ filter: CaseFilter, as principal: Principal, limit: Int, offset: Int) async throws -> CaseRepository.Page {
        try await records.page(filter, readable: CaseAccess.audiences(for: principal), limit: limit, offset: offset)
    }

    /// The facet counts of the cases `principal` may read that match `filter`.
    public func facets(_ filter: CaseFilter, as principal: Principal) async throws -> [CaseFacet: [FacetCount]] {
        try await records.facetCounts(filter, readable: CaseAccess.audiences(for: principal))
    }

    // MARK: Writing

    /// Creates (`expectedRevision` nil) or changes a case. Programme officers may write
    /// drafts only; publishing, and changing a published case, take editing rights. Texts
    /// that look like people's names are refused until `confirmedNames` is set.
    public func save(
        _ record: NexusCase, expectedRevision: Int?, confirmedNames: Bool = false, as principal: Principal, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        guard Authorization.allows(principal, .draftCases) else { return .failure(.forbidden) }
        let mayEdit = Authorization.allows(principal, .editCases)
        var stored: StoredCase?
        if expectedRevision != nil {
            guard let current = try await records.stored(record.id), CaseAccess.canRead(principal, current.record) else {
                return .failure(.notFound)
            }
            if current.record.status == .published, !mayEdit { return .failure(.forbidden) }
            stored = current
        }
        if record.status == .published, !mayEdit { return .failure(.forbidden) }
        return try await write(record, over: stored, expectedRevision: expectedRevision, confirmedNames: confirmedNames, by: actor)
    }

    /// Saves the texts of one language of a case (translators of that language, editors):
    /// `texts` maps field names (``NexusCase/texts``) to text, each recorded as a
    /// translation of the original as it stands. Nothing else of the case changes.
    public func translate(
        _ id: CaseID, into language: Language, texts: [String: String], expectedRevision: Int, confirmedNames: Bool = false,
        as principal: Principal, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        guard Authorization.allows(principal, .translate(language)) else { return .failure(.forbidden) }
        guard let current = try await records.stored(id), CaseAccess.canRead(principal, current.record) else {
            return .failure(.notFound)
        }
        guard language != current.record.sourceLanguage else { return .failure(.forbidden) }
        let record = current.record.translated(texts, into: language)
        return try await write(record, over: current, expectedRevision: expectedRevision, confirmedNames: confirmedNames, by: actor)
    }

    /// Checks and writes a case the asker may write: validation, then the names to confirm —
    /// only those the stored case does not already have, so a confirmed name is not asked
    /// about at every save —, then one transaction with its revision, audit entry and search
    /// documents.
    private func write(
        _ record: NexusCase, over stored: StoredCase?, expectedRevision: Int?, confirmedNames: Bool, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        let problems = CaseValidation.problems(with: record, references: CaseReferences(snapshot: store.snapshot))
        if !problems.isEmpty { return .failure(.invalid(problems)) }
        let known = Set(stored.map { PersonNameCheck.warnings(for: $0.record) } ?? [])
        let warnings = PersonNameCheck.warnings(for: record).filter { !known.contains($0) }
        if !warnings.isEmpty, !confirmedNames { return .failure(.needsConfirmation(warnings)) }
        do {
            let saved = try await writes.run { transaction in
                let result = try await CaseRepository.save(
                    record, expectedRevision: expectedRevision, action: .caseSave, by: actor, in: transaction)
                guard result.changed else { return .init(Saved(stored: result.stored, changed: false), changes: []) }
                try await SearchIndex.replace(
                    source: CaseSearchSource.source, items: [record.id.rawValue],
                    with: CaseSearchSource.documents(of: result.stored.record), in: transaction)
                return .init(Saved(stored: result.stored, changed: true), changes: [.cases])
            }
            return .success(saved)
        } catch let refusal as CaseRepository.SaveRefusal {
            switch refusal {
            case .exists(let id): return .failure(.exists(id))
            case .missing: return .failure(.notFound)
            case .stale(let current, let loaded): return .failure(.stale(current: current, loaded: loaded))
            }
        }
    }

    /// Deletes a case (editors); `false` when there was none.
    public func delete(_ id: CaseID, as principal: Principal, by actor: AuditActor) async throws -> Result<Bool, Refusal> {
        guard Authorization.allows(principal, .editCases) else { return .failure(.forbidden) }
        return .success(
            try await writes.run { transaction in
                guard try await CaseRepository.delete(id, by: actor, in: transaction) != nil else { return .init(false, changes: []) }
                try await SearchIndex.replace(source: CaseSearchSource.source, items: [id.rawValue], with: [], in: transaction)
                return .init(true, changes: [.cases])
            })
    }

    /// Writes the search documents of every case that are missing or out of date.
    func synchronizeSearch(_ index: SearchIndex) async throws -> (written: Int, removed: Int) {
        var documents: [SearchDocument] = []
        try await records.eachPage { page in documents += page.flatMap { CaseSearchSource.documents(of: $0.record) } }
        return try await index.synchronize(source: CaseSearchSource.source, with: documents)
    }
}
