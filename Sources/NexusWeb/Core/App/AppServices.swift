import Foundation
import Logging
import NexusApplication
import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence

/// Everything a request handler needs, built once at start-up: the application layer and
/// what only the web has (views, assets, strings, the page cache, metrics).
struct AppServices: Sendable {
    let app: NexusServices
    let config: AppConfig
    let localization: Localization
    let views: ViewRenderer
    let assets: AssetStore
    let markdown: MarkdownRenderer
    let shapes: CountryShapes
    let pageCache: PageCache
    let metrics: RequestMetrics
    let openAPIDocument: [UInt8]
    /// The JSON Schema of the STIX extension that case exports name.
    /// The JSON Schemas served under `/schemas/`.
    let schemas: [PublishedSchema: [UInt8]]

    var store: ToolkitStore { app.store }
    var accounts: Accounts { app.accounts }
    var search: SearchIndex { app.search }
    var database: NexusDatabase { app.database }
    var content: ContentRepository { app.content }
    var cases: CaseLibrary { app.cases }
    var logger: Logger { app.logger }

    func environment(
        _ language: Language, snapshot: ToolkitSnapshot, evidence: EvidenceSnapshot? = nil, cases: PublicCaseIndex? = nil
    ) -> PageEnvironment {
        PageEnvironment(
            snapshot: snapshot, language: language, t: localization[language], markdown: markdown,
            evidence: evidence ?? store.evidence, cases: cases ?? store.state.cases, shapes: shapes)
    }

    /// Reads the OpenAPI document from the bundle.
    static func bundledOpenAPIDocument() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources")
        else { throw ViewRenderer.TemplatesMissing(description: "Resources/openapi.json is not in the NexusWeb bundle") }
        return try [UInt8](Data(contentsOf: url))
    }

    /// Reads the STIX extension's JSON Schema from the bundle.
    static func bundledSchemas() throws -> [PublishedSchema: [UInt8]] {
        var schemas: [PublishedSchema: [UInt8]] = [:]
        for schema in PublishedSchema.allCases {
            let (folder, name) = schema.resource
            guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: folder) else {
                throw ViewRenderer.TemplatesMissing(description: "\(folder)/\(name).json is not in the NexusWeb bundle")
            }
            schemas[schema] = try [UInt8](Data(contentsOf: url))
        }
        return schemas
    }
}
