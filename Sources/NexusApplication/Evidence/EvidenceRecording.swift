import Foundation
public import NexusDomain
public import NexusPersistence

/// Recording regional evidence — findings, participation counts, named participants, CSV
/// imports — from the programme officer's desk and the API. Every write is one transaction
/// with its audit entry, the findings' search documents and the data version; the evidence
/// snapshot then reads back only what changed.
public struct EvidenceRecording: Sendable {
    /// A finding as stored by a save.
    public struct Recorded: Sendable {
        public let finding: Finding
        /// Whether the save created it.
        public let created: Bool
        /// Whether this answers a retry of an earlier request with the same idempotency key,
        /// which wrote nothing this time.
        public let replayed: Bool
    }

    /// Why a finding was not saved; nothing was written.
    public enum Refusal: Error, Sendable, Equatable {
        /// The fields' problems, each with its field.
        case invalid([EvidenceProblem])
        /// A change names a finding that does not exist.
        case notFound
        /// A create names an identifier already in use.
        case exists(FindingID)
        /// The idempotency key was used before for a different request.
        case keyReused
    }

    let writes: WritePipeline
    let store: ToolkitStore
    let records: EvidenceRepository
    let keys: IdempotencyKeys

    /// Creates the use case over the pipeline and the snapshots it refreshes.
    public init(writes: WritePipeline, store: ToolkitStore, records: EvidenceRepository, keys: IdempotencyKeys) {
        self.writes = writes
        self.store = store
        self.records = records
        self.keys = keys
    }

    /// Creates (`id` nil) or changes the finding the named `fields` describe (the form's
    /// fields or the CSV columns). A create with an `idempotency` key that was used before
    /// for the same request returns the finding that request made instead of a second one.
    public func saveFinding(
        fields: [String: String], id: FindingID?, idempotency: IdempotencyRequest? = nil, by actor: AuditActor
    ) async throws -> Result<Recorded, Refusal> {
        let state = store.state
        if let id, state.evidence.finding(id) == nil { return .failure(.notFound) }
        if id == nil, let idempotency, let replay = try await replay(idempotency) { return replay }
        var fields = fields
        if let id { fields["id"] = id.rawValue }
        let finding: Finding
        switch FindingFields.finding(from: fields, references: EvidenceReferences(snapshot: state.snapshot), newID: EvidenceIDs.make) {
        case .failure(let rejected): return .failure(.invalid(rejected.problems))
        case .success(let parsed): finding = parsed
        }
        let documents = EvidenceSearchSource.documents(of: finding, snapshot: state.snapshot)
        do {
            let outcome: EvidenceRepository.Outcome? = try await writes.run { transaction in
                if id == nil, try await EvidenceRepository.exists(finding.id, in: transaction) {
                    return .init(EvidenceRepository.Outcome?.none, changes: [])
                }
                let outcome = try await EvidenceRepository.save(finding, by: actor, in: transaction)
                if let idempotency {
                    try await IdempotencyKeys.record(
                        principal: idempotency.principal, key: idempotency.key,
                        idempotency.recorded(resource: finding.id.rawValue), in: transaction)
                }
                guard outcome != .unchanged else { return .init(outcome, changes: []) }
                try await SearchIndex.replace(
                    source: EvidenceSearchSource.source, items: [finding.id.rawValue], with: documents,
                    in: transaction)
                return .init(outcome, changes: [.evidence(.findings([finding.id]))])
            }
            guard let outcome else { return .failure(.exists(finding.id)) }
            return .success(
                Recorded(
                    finding: store.evidence.finding(finding.id) ?? finding.normalized, created: outcome == .created,
                    replayed: false))
        } catch {
            // Two requests with one key at once: the second collides with the first's key.
            if let idempotency, let replay = try await replay(idempotency) { return replay }
            throw error
        }
    }

    /// The answer to a retried create, if `request`'s key was used before.
    private func replay(_ request: IdempotencyRequest) async throws -> Result<Recorded, Refusal>? {
        guard let recorded = try await keys.recorded(principal: request.principal, key: request.key) else { return nil }
        guard recorded.operation == request.operation, recorded.fingerprint == request.fingerprint else {
            return .failure(.keyReused)
        }
        let finding: Finding?
        let id = FindingID(recorded.resource)
        if let cached = store.evidence.finding(id) { finding = cached } else { finding = try await records.finding(id) }
        guard let finding else { return .failure(.notFound) }
        return .success(Recorded(finding: finding, created: true, replayed: true))
    }

    /// Deletes a finding; `false` when there was none.
    public func deleteFinding(_ id: FindingID, by actor: AuditActor) async throws -> Bool {
        try await writes.run { transaction in
            guard try await EvidenceRepository.deleteFinding(id, by: actor, in: transaction) else { return .init(false, changes: []) }
            try await SearchIndex.replace(source: EvidenceSearchSource.source, items: [id.rawValue], with: [], in: transaction)
            return .init(true, changes: [.evidence(.findings([id]))])
        }
    }

    /// Replaces the participation counts of each meeting named in `counts` (and of
    /// `meetings`, which may be left with none); returns the meetings whose counts changed.
    @discardableResult
    public func replaceParticipation(
        _ counts: [ParticipationCount], meetings: Set<MeetingID>? = nil, by actor: AuditActor
    ) async throws -> [MeetingID] {
        try await writes.run { transaction in
            let changed = try await EvidenceRepository.replaceParticipation(counts, meetings: meetings, by: actor, in: transaction)
            return .init(changed, changes: changed.isEmpty ? [] : [.evidence(.participation)])
        }
    }

    /// Imports findings from CSV text: every line is checked first, and a file with any
    /// problem imports nothing. Returns how many were created, updated and left unchanged.
    public func importFindings(csv text: String, by actor: AuditActor) async throws
        -> Result<[EvidenceRepository.Outcome: Int], Rejected<CSVProblem>>
    {
        let state = store.state
        let parsed = EvidenceCSV.findings(in: text, references: EvidenceReferences(snapshot: state.snapshot), newID: EvidenceIDs.make)
        guard case .success(let findings) = parsed else { return parsed.map { _ in [:] } }
        let documents = findings.flatMap { EvidenceSearchSource.documents(of: $0, snapshot: state.snapshot) }
        return .success(
            try await writes.run { transaction in
                let outcomes = try await EvidenceRepository.importFindings(findings, by: actor, in: transaction)
                guard (outcomes[.created] ?? 0) + (outcomes[.updated] ?? 0) > 0 else { return .init(outcomes, changes: []) }
                try await SearchIndex.replace(
                    source: EvidenceSearchSource.source, items: Set(findings.map(\.id.rawValue)), with: documents,
                    in: transaction)
                return .init(outcomes, changes: [.evidence(.touching(findings.map(\.id)))])
            })
    }

    /// Imports participation counts from CSV text, checked whole first like findings;
    /// returns the meetings whose counts changed.
    public func importParticipation(csv text: String, by actor: AuditActor) async throws -> Result<[MeetingID], Rejected<CSVProblem>> {
        switch EvidenceCSV.participation(in: text, references: EvidenceReferences(snapshot: store.snapshot)) {
        case .failure(let rejected): return .failure(rejected)
        case .success(let counts): return .success(try await replaceParticipation(counts, by: actor))
        }
    }

    /// The participants recorded by name at a meeting. Personal data: only for the
    /// signed-in pages of those who record evidence.
    public func participants(of meeting: MeetingID) async throws -> [NamedParticipant] {
        try await records.participants(of: meeting)
    }

    /// Records a participant who consented, or says what is missing.
    public func addParticipant(_ participant: NamedParticipant, consented: Bool, by actor: AuditActor) async throws
        -> [EvidenceProblem]
    {
        let problems = ParticipantRules.problems(with: participant, consented: consented)
        guard problems.isEmpty else { return problems }
        try await writes.run { transaction in
            try await EvidenceRepository.addParticipant(participant, by: actor, in: transaction)
            return .init((), changes: [])
        }
        return []
    }

    /// Erases a participant's record; `false` when there was none at that meeting.
    public func removeParticipant(_ id: ParticipantID, meeting: MeetingID, by actor: AuditActor) async throws -> Bool {
        try await writes.run { transaction in
            .init(try await EvidenceRepository.removeParticipant(id, meeting: meeting, by: actor, in: transaction), changes: [])
        }
    }
}

/// A create that carries an `Idempotency-Key`: who sent it, the key, and what it asked.
public struct IdempotencyRequest: Sendable, Hashable {
    /// Who sent it: a key is theirs alone.
    public let principal: String
    public let key: String
    /// The method and path, such as `POST /api/v1/findings`.
    public let operation: String
    /// A digest of the body, so that a key reused for a different request is refused.
    public let fingerprint: String

    /// Creates a request; `body` is digested.
    public init(principal: String, key: String, operation: String, body: some Sequence<UInt8>) {
        self.principal = principal
        self.key = key
        self.operation = operation
        self.fingerprint = Secrets.fingerprint(String(decoding: Array(body), as: UTF8.self))
    }

    func recorded(resource: String) -> IdempotencyKeys.Recorded {
        IdempotencyKeys.Recorded(operation: operation, fingerprint: fingerprint, resource: resource)
    }
}
