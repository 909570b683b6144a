import Foundation
public import NexusDomain
public import NexusPersistence

/// Designing scenario exercises: reading, saving, translating, duplicating, deleting,
/// importing and exporting scenarios. Facilitators, editors and administrators do all of
/// it (``Permission/designExercises``); to anyone else a scenario does not exist. Every
/// write is one transaction with its revision and audit entry.
public struct ScenarioDesign: Sendable {
    /// A scenario as saved.
    public struct Saved: Sendable {
        public let stored: StoredScenario
        /// Whether the save wrote anything.
        public let changed: Bool
    }

    /// Why a scenario was not saved; nothing was written.
    public enum Refusal: Error, Sendable, Equatable {
        /// The scenario's (or the file's) problems, each at its JSON path.
        case invalid([ScenarioProblem])
        /// The asker may not design exercises.
        case forbidden
        /// There is no such scenario.
        case notFound
        /// A new scenario names an identifier already in use.
        case exists(ScenarioID)
        /// Someone saved the scenario since the form was loaded.
        case stale(current: StoredScenario, loaded: Scenario?)
        /// An events list's rows have problems, each with its line.
        case eventsList([MSELProblem])
    }

    let writes: WritePipeline
    let store: ToolkitStore
    /// The repository, for reads.
    public let records: ScenarioRepository

    /// Creates the use cases over the pipeline and the toolkit snapshot's references.
    public init(writes: WritePipeline, store: ToolkitStore, records: ScenarioRepository) {
        self.writes = writes
        self.store = store
        self.records = records
    }

    /// What scenarios may point to, as the toolkit is published now.
    public var references: ScenarioReferences { ScenarioReferences(snapshot: store.snapshot) }

    // MARK: Reading

    /// The scenario `id` if `principal` may read scenarios; `nil` otherwise, as if there were none.
    public func read(_ id: ScenarioID, as principal: Principal) async throws -> StoredScenario? {
        guard Authorization.allows(principal, .designExercises) else { return nil }
        return try await records.stored(id)
    }

    /// A page of scenarios by title; empty for those who may not read them.
    public func page(as principal: Principal, limit: Int, offset: Int) async throws -> ScenarioRepository.Page {
        guard Authorization.allows(principal, .designExercises) else { return .init(scenarios: [], total: 0) }
        return try await records.page(limit: limit, offset: offset)
    }

    /// The exercise file of scenario `id`, naming the schema at `schemaURL`.
    public func exportFile(_ id: ScenarioID, schemaURL: String, as principal: Principal) async throws -> Data? {
        guard let stored = try await read(id, as: principal) else { return nil }
        return try ScenarioDocument.encode(stored.record, schemaURL: schemaURL)
    }

    // MARK: Writing

    /// Creates (`expectedRevision` nil) or changes a scenario.
    public func save(
        _ record: Scenario, expectedRevision: Int?, as principal: Principal, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        guard Authorization.allows(principal, .designExercises) else { return .failure(.forbidden) }
        return try await write(record, expectedRevision: expectedRevision, action: .scenarioSave, by: actor)
    }

    /// Saves the texts of one language (field name → text, ``Scenario/texts``), each recorded
    /// as a translation of the original as it stands; nothing else changes.
    public func translate(
        _ id: ScenarioID, into language: Language, texts: [String: String], expectedRevision: Int, as principal: Principal,
        by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        guard let current = try await read(id, as: principal) else {
            return .failure(Authorization.allows(principal, .designExercises) ? .notFound : .forbidden)
        }
        guard language != current.record.sourceLanguage else { return .failure(.forbidden) }
        return try await write(
            current.record.translated(texts, into: language), expectedRevision: expectedRevision, action: .scenarioSave, by: actor)
    }

    /// A copy of scenario `id` under `newID` and `title` (in the original language), to be
    /// tailored for another country; its translations come along, the title's marked stale.
    public func duplicate(
        _ id: ScenarioID, as newID: ScenarioID, title: String, principal: Principal, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        guard let current = try await read(id, as: principal) else {
            return .failure(Authorization.allows(principal, .designExercises) ? .notFound : .forbidden)
        }
        var copy = current.record
        copy.id = newID
        copy.title.set(title, in: copy.sourceLanguage, source: copy.sourceLanguage)
        return try await write(copy, expectedRevision: nil, action: .scenarioSave, by: actor)
    }

    /// Reads an exercise file and stores its scenario as it is in the file: every problem
    /// is listed and nothing is written unless there is none.
    public func importFile(_ data: Data, as principal: Principal, by actor: AuditActor) async throws -> Result<Saved, Refusal> {
        guard Authorization.allows(principal, .designExercises) else { return .failure(.forbidden) }
        switch ScenarioDocument.read(data, references: references) {
        case .failure(let rejected): return .failure(.invalid(rejected.problems))
        case .success(let scenario): return try await write(scenario, expectedRevision: nil, action: .scenarioImport, by: actor)
        }
    }

    /// Adds the injects of an events list (MSEL) saved as CSV to scenario `id`, as it was
    /// at `expectedRevision`: every row is checked first, and nothing is added unless every
    /// row is good and the scenario with them is valid.
    public func importEvents(
        _ csv: String, mapping: MSELMapping, defaultPhase: Int?, names: MSELImport.Names, into id: ScenarioID, expectedRevision: Int,
        as principal: Principal, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        guard let current = try await read(id, as: principal) else {
            return .failure(Authorization.allows(principal, .designExercises) ? .notFound : .forbidden)
        }
        let rows = MSELImport.table(csv).flatMap {
            MSELImport.read($0, mapping: mapping, into: current.record, defaultPhase: defaultPhase, names: names, references: references)
        }
        switch rows {
        case .failure(let rejected): return .failure(.eventsList(rejected.problems))
        case .success(let rows):
            return try await write(
                MSELImport.applying(rows, to: current.record), expectedRevision: expectedRevision, action: .scenarioEventsImport, by: actor)
        }
    }

    /// Deletes a scenario; `false` when there was none.
    public func delete(_ id: ScenarioID, as principal: Principal, by actor: AuditActor) async throws -> Result<Bool, Refusal> {
        guard Authorization.allows(principal, .designExercises) else { return .failure(.forbidden) }
        return .success(
            try await writes.run { transaction in
                .init(try await ScenarioRepository.delete(id, by: actor, in: transaction) != nil, changes: [])
            })
    }

    private func write(
        _ record: Scenario, expectedRevision: Int?, action: AuditAction, by actor: AuditActor
    ) async throws -> Result<Saved, Refusal> {
        let problems = ScenarioValidation.problems(with: record, references: references)
        if !problems.isEmpty { return .failure(.invalid(problems)) }
        do {
            let saved = try await writes.run { transaction in
                let result = try await ScenarioRepository.save(
                    record, expectedRevision: expectedRevision, action: action, by: actor, in: transaction)
                // A form sent twice finds its own scenario; a file names its scenario, and one
                // already here is never taken for it, even when they are equal.
                if action == .scenarioImport, !result.changed { throw ScenarioRepository.SaveRefusal.exists(record.id) }
                return .init(Saved(stored: result.stored, changed: result.changed), changes: [])
            }
            return .success(saved)
        } catch let refusal as ScenarioRepository.SaveRefusal {
            switch refusal {
            case .exists(let id): return .failure(.exists(id))
            case .missing: return .failure(.notFound)
            case .stale(let current, let loaded): return .failure(.stale(current: current, loaded: loaded))
            }
        }
    }
}
