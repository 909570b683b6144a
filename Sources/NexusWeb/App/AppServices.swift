import Foundation
import Logging
import NexusDomain
import NexusLocalization
import NexusPersistence

/// Everything a request handler needs, built once at start-up.
struct AppServices: Sendable {
    let database: NexusDatabase
    let accounts: Accounts
    let content: ContentRepository
    let evidence: EvidenceRepository
    let config: AppConfig
    let store: ToolkitStore
    let bus: EventBus
    let search: SearchIndex
    let localization: Localization
    let views: ViewRenderer
    let assets: AssetStore
    let markdown: MarkdownRenderer
    let pageCache: PageCache
    let metrics: RequestMetrics
    let openAPIDocument: [UInt8]
    let logger: Logger

    func environment(_ language: Language, snapshot: ToolkitSnapshot, evidence: EvidenceSnapshot? = nil) -> PageEnvironment {
        PageEnvironment(snapshot: snapshot, language: language, t: localization[language], markdown: markdown,
                        evidence: evidence ?? store.evidence)
    }

    /// After a publish: rebuilds this instance's snapshot, so that the editor's next page
    /// shows the change, and tells the other instances. The write is done by then, so a
    /// bus failure is logged, not reported to the editor as a failed publish.
    func contentPublished(_ document: ContentDocument) async throws {
        try await store.reload(from: content)
        // The index lives in the shared database: the instance that publishes updates it.
        try await search.reindex(document.itemID, from: store.snapshot)
        if document.kind == .region {
            // A finding's search documents carry its region's title, in each language.
            let state = store.state
            let findings = state.evidence.findings(inRegion: document.slug)
            try await search.replace(source: EvidenceSearchSource.source, items: Set(findings.map(\.id)),
                                     with: findings.flatMap { EvidenceSearchSource.documents(of: $0, snapshot: state.snapshot) })
        }
        do {
            try await bus.publish(.contentPublished(kind: document.kind, slug: document.slug, language: document.language))
        } catch {
            logger.error("published \(document.location) but could not tell other instances: \(error)")
        }
    }

    /// After an evidence write: brings this instance's evidence snapshot up to date with the
    /// findings written (or the participation counts, when `findings` is empty), rewrites
    /// those findings' search documents, and tells the other instances.
    func evidenceChanged(findings: [String]) async throws {
        let ids = Set(findings)
        // Past a few hundred findings one read of everything beats reading each again.
        let change: ToolkitStore.EvidenceChange = ids.isEmpty ? .participation : ids.count > 200 ? .all : .findings(ids)
        try await store.refreshEvidence(change, from: evidence)
        if !ids.isEmpty {
            let state = store.state
            let documents = ids.compactMap(state.evidence.finding).flatMap {
                EvidenceSearchSource.documents(of: $0, snapshot: state.snapshot)
            }
            try await search.replace(source: EvidenceSearchSource.source, items: ids, with: documents)
        }
        do {
            try await bus.publish(.evidenceChanged)
        } catch {
            logger.error("recorded evidence but could not tell other instances: \(error)")
        }
    }

    /// Reads the OpenAPI document from the bundle.
    static func bundledOpenAPIDocument() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources")
        else { throw ViewRenderer.TemplatesMissing(description: "Resources/openapi.json is not in the NexusWeb bundle") }
        return try [UInt8](Data(contentsOf: url))
    }
}
