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
    let config: AppConfig
    let store: ToolkitStore
    let localization: Localization
    let views: ViewRenderer
    let assets: AssetStore
    let markdown: MarkdownRenderer
    let pageCache: PageCache
    let metrics: RequestMetrics
    let openAPIDocument: [UInt8]
    let logger: Logger

    func environment(_ language: Language, snapshot: ToolkitSnapshot) -> PageEnvironment {
        PageEnvironment(snapshot: snapshot, language: language, t: localization[language], markdown: markdown)
    }

    /// Reads the OpenAPI document from the bundle.
    static func bundledOpenAPIDocument() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources")
        else { throw ViewRenderer.TemplatesMissing(description: "Resources/openapi.json is not in the NexusWeb bundle") }
        return try [UInt8](Data(contentsOf: url))
    }
}
