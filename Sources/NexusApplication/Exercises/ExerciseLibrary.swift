public import NexusDomain
public import NexusPersistence

/// The library of reusable exercise material, for those who design exercises: injects and
/// question sets kept from scenarios, found by any word of their texts in any language,
/// and added to another scenario's phase through the scenario's own save.
public struct ExerciseLibrary: Sendable {
    /// Why nothing was kept, added or removed.
    public enum Refusal: Error, Sendable, Equatable {
        /// The asker may not design exercises.
        case forbidden
        /// There is no such scenario, inject, phase or item.
        case notFound
        /// The item is written in another original language than the scenario.
        case otherLanguage(item: Language, scenario: Language)
        /// The scenario's save refused it.
        case scenario(ScenarioDesign.Refusal)
    }

    let writes: WritePipeline
    let scenarios: ScenarioDesign
    /// The repository, for reads.
    public let records: ExerciseLibraryRepository

    /// Creates the use cases over the pipeline and the scenarios' own.
    public init(writes: WritePipeline, scenarios: ScenarioDesign, records: ExerciseLibraryRepository) {
        self.writes = writes
        self.scenarios = scenarios
        self.records = records
    }

    /// A page of the items matching `query` (every word, in any language) and `kind`.
    public func page(
        query: String, kind: ReusableItem.Kind?, as principal: Principal, limit: Int, offset: Int
    ) async throws -> ExerciseLibraryRepository.Page? {
        guard Authorization.allows(principal, .designExercises) else { return nil }
        return try await records.page(query: query, kind: kind, limit: limit, offset: offset)
    }

    /// Keeps inject `injectID` of scenario `id`, or the questions of its phase `phaseID`.
    public func keep(
        inject injectID: String? = nil, questionsOf phaseID: String? = nil, from id: ScenarioID, as principal: Principal,
        by actor: AuditActor
    ) async throws -> Result<ReusableItem, Refusal> {
        guard Authorization.allows(principal, .designExercises) else { return .failure(.forbidden) }
        guard let scenario = try await scenarios.read(id, as: principal)?.record else { return .failure(.notFound) }
        let item = injectID.flatMap { ReusableItem.inject($0, of: scenario) } ?? phaseID.flatMap { ReusableItem.questions(of: $0, in: scenario) }
        guard let item else { return .failure(.notFound) }
        try await writes.run { transaction in
            try await ExerciseLibraryRepository.save(item, by: actor, in: transaction)
            return .init((), changes: [])
        }
        return .success(item)
    }

    /// Adds item `itemID` to phase `phase` (0-based) of scenario `id` as it was at `expectedRevision`.
    public func insert(
        _ itemID: ReusableItemID, into id: ScenarioID, phase: Int, expectedRevision: Int, as principal: Principal, by actor: AuditActor
    ) async throws -> Result<ScenarioDesign.Saved, Refusal> {
        guard Authorization.allows(principal, .designExercises) else { return .failure(.forbidden) }
        guard let item = try await records.item(itemID), let stored = try await scenarios.read(id, as: principal) else {
            return .failure(.notFound)
        }
        guard item.sourceLanguage == stored.record.sourceLanguage else {
            return .failure(.otherLanguage(item: item.sourceLanguage, scenario: stored.record.sourceLanguage))
        }
        guard let changed = item.inserted(into: stored.record, phase: phase) else { return .failure(.notFound) }
        switch try await scenarios.save(changed, expectedRevision: expectedRevision, as: principal, by: actor) {
        case .success(let saved): return .success(saved)
        case .failure(let refusal): return .failure(.scenario(refusal))
        }
    }

    /// Removes an item from the library; `false` when there was none.
    public func delete(_ itemID: ReusableItemID, as principal: Principal, by actor: AuditActor) async throws -> Result<Bool, Refusal> {
        guard Authorization.allows(principal, .designExercises) else { return .failure(.forbidden) }
        return .success(
            try await writes.run { transaction in
                .init(try await ExerciseLibraryRepository.delete(itemID, by: actor, in: transaction), changes: [])
            })
    }
}
