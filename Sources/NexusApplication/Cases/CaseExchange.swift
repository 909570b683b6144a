import Foundation
public import NexusDomain
public import NexusPersistence

/// Cases exchanged as STIX 2.1 bundles. An export holds only what the asker may read
/// (``CaseAccess``, through the library's reads). An import is all or nothing: every
/// report of the bundle becomes a new case, saved with its audit entry and search
/// documents in one transaction, or the bundle changes nothing and the refusal says why.
/// Importing never replaces a case: an identifier already in use refuses the bundle.
public struct CaseExchange: Sendable {
    /// What an import did.
    public struct Imported: Sendable {
        /// The cases saved, with the reports they were read from, in the bundle's order.
        public let cases: [(stored: StoredCase, report: String)]
        /// The objects no case took.
        public let skipped: [STIXImport.Skipped]
    }

    /// Why a bundle was not imported; nothing was written.
    public enum Refusal: Error, Sendable, Equatable {
        /// The asker may not import cases (editors and administrators may).
        case forbidden
        /// The bundle, or a case it describes, has problems: every one found.
        case invalid([STIXImport.Problem])
        /// Texts look like people's names (each with the report it is in); importing again
        /// with confirmation goes ahead.
        case needsConfirmation([ReportWarning])
        /// Cases with these identifiers exist already.
        case exists([CaseID])
    }

    /// A name warning in one report.
    public struct ReportWarning: Sendable, Hashable {
        public let report: String
        public let warning: CaseWarning
    }

    /// The most cases one export holds.
    public static let maximumExport = 500

    let library: CaseLibrary
    let writes: WritePipeline
    let store: ToolkitStore

    /// Creates the use cases over the library's reads and the write pipeline.
    public init(library: CaseLibrary, writes: WritePipeline, store: ToolkitStore) {
        self.library = library
        self.writes = writes
        self.store = store
    }

    // MARK: Export

    /// The bundle of case `id`, if `principal` may read it. `schemaURL` is the address the
    /// extension definition names for its JSON Schema.
    public func export(_ id: CaseID, as principal: Principal, schemaURL: String) async throws -> STIXValue? {
        guard let stored = try await library.read(id, as: principal) else { return nil }
        return STIXExport.bundle([stored], regionNames: regionNames, schemaURL: schemaURL)
    }

    /// The bundle of the cases `principal` may read that match `filter`, in the library's
    /// order, `limit` of them from `offset`.
    public func export(
        _ filter: CaseFilter, as principal: Principal, limit: Int, offset: Int, schemaURL: String
    ) async throws -> STIXValue {
        var cases: [StoredCase] = []
        var position = offset
        let wanted = min(limit, Self.maximumExport)
        while cases.count < wanted {
            let page = try await library.page(filter, as: principal, limit: min(100, wanted - cases.count), offset: position)
            cases += page.cases
            position += page.cases.count
            if page.cases.isEmpty || position >= page.total { break }
        }
        return STIXExport.bundle(cases, regionNames: regionNames, schemaURL: schemaURL)
    }

    /// The toolkit regions' English titles, which name their locations.
    private var regionNames: [String: String] {
        Dictionary(
            store.snapshot.regions.map { ($0.info.slug, $0.info.text.resolve(.source).text.title) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Import

    /// Imports every report of `bundle` as a new case, as `principal`. Texts that look like
    /// people's names are refused until `confirmedNames` is set, as when a case is saved.
    public func importBundle(
        _ bundle: STIXValue, confirmedNames: Bool = false, as principal: Principal, by actor: AuditActor
    ) async throws -> Result<Imported, Refusal> {
        guard Authorization.allows(principal, .editCases) else { return .failure(.forbidden) }
        let outcome: STIXImport.Outcome
        switch STIXToCase.read(bundle) {
        case .failure(let rejected): return .failure(.invalid(rejected.problems))
        case .success(let read): outcome = read
        }
        let references = CaseReferences(snapshot: store.snapshot)
        let problems = outcome.cases.flatMap { imported in
            CaseValidation.problems(with: imported.record, references: references).map {
                STIXImport.Problem(imported.report, .invalidCase($0))
            }
        }
        if !problems.isEmpty { return .failure(.invalid(problems)) }
        let warnings = outcome.cases.flatMap { imported in
            PersonNameCheck.warnings(for: imported.record).map { ReportWarning(report: imported.report, warning: $0) }
        }
        if !warnings.isEmpty, !confirmedNames { return .failure(.needsConfirmation(warnings)) }
        do {
            let saved = try await writes.run { transaction in
                let taken = try await CaseRepository.existing(outcome.cases.map(\.record.id), in: transaction)
                if !taken.isEmpty { throw Refusal.exists(taken) }
                var saved: [(stored: StoredCase, report: String)] = []
                for imported in outcome.cases {
                    let created = imported.created ?? imported.modified ?? .now
                    let moments = (created: min(created, imported.modified ?? created), updated: imported.modified ?? created)
                    let result = try await CaseRepository.save(
                        imported.record, expectedRevision: nil, action: .caseImport, by: actor, moments: moments, in: transaction)
                    try await SearchIndex.replace(
                        source: CaseSearchSource.source, items: [imported.record.id.rawValue],
                        with: CaseSearchSource.documents(of: result.stored.record), in: transaction)
                    saved.append((result.stored, imported.report))
                }
                return .init(saved, changes: [.cases])
            }
            return .success(Imported(cases: saved, skipped: outcome.skipped))
        } catch let refusal as Refusal {
            return .failure(refusal)
        }
    }
}
