import Foundation
import NexusApplication
import NexusPersistence
import NexusLocalization
public import HTTPTypes
public import NexusDomain
import NexusRendering

/// What the server answers besides its features: the API's description, the health
/// check, metrics for monitoring, and the stylesheet and other assets.
public enum SystemRoute: FeatureRoute {
    /// `/openapi.json`: the API's description.
    case openAPI
    /// `/healthz`: 200 when the database answers.
    case health
    /// `/metrics`: Prometheus text format, for the holder of the metrics token.
    case metrics
    /// `/assets/{name}`: stylesheets, icons.
    case asset(String)
    /// A JSON Schema the product publishes, at the address its files name.
    case schema(PublishedSchema)

    public enum Name: String, CaseIterable, Sendable {
        case openAPI = "openapi"
        case health = "healthz"
        case metrics, asset
        case stixSchema = "stix_schema"
        case exerciseSchema = "exercise_schema"
    }

    public static func parse(_ address: RouteAddress) -> SystemRoute? {
        guard case .top(let segments) = address.place else { return nil }
        switch (segments.first, segments.count) {
        case ("openapi.json", 1): return .openAPI
        case ("healthz", 1): return .health
        case ("metrics", 1): return .metrics
        case ("assets", 2) where segments[1].isAssetName: return .asset(segments[1])
        case ("schemas", 3): return PublishedSchema.allCases.first { $0.segments == Array(segments.dropFirst()) }.map(SystemRoute.schema)
        default: return nil
        }
    }

    public static func sample(_ name: Name, in language: Language) -> SystemRoute {
        switch name {
        case .openAPI: .openAPI
        case .health: .health
        case .metrics: .metrics
        case .asset: .asset("site.css")
        case .stixSchema: .schema(.stixCaseExtension)
        case .exerciseSchema: .schema(.exerciseFile)
        }
    }

    public var path: String {
        switch self {
        case .openAPI: "/openapi.json"
        case .health: "/healthz"
        case .metrics: "/metrics"
        case .asset(let name): "/assets/\(name)"
        case .schema(let schema): "/schemas/" + schema.segments.joined(separator: "/")
        }
    }

    public var name: Name {
        switch self {
        case .openAPI: .openAPI
        case .health: .health
        case .metrics: .metrics
        case .asset: .asset
        case .schema(.stixCaseExtension): .stixSchema
        case .schema(.exerciseFile): .exerciseSchema
        }
    }

    public var language: Language { .source }

    public func inLanguage(_ language: Language) -> SystemRoute? { nil }

    public var methods: Set<HTTPRequest.Method> { Self.readOnly }

    /// Metrics carry their own token check (``NexusResponder``), before anyone's identity.
    public func permission(for method: HTTPRequest.Method) -> Permission { .readPublished }

    public var isAPI: Bool { self == .openAPI || self == .health }
}

/// The JSON Schemas the product publishes, bundled in `Resources/`.
public enum PublishedSchema: String, CaseIterable, Hashable, Sendable {
    /// The STIX extension case exports use (`docs/STIX.md`).
    case stixCaseExtension
    /// The portable exercise file (`docs/EXERCISE-FILE.md`).
    case exerciseFile

    /// Its address under `/schemas/`.
    var segments: [String] {
        switch self {
        case .stixCaseExtension: ["stix", "nexus-case-extension.json"]
        case .exerciseFile: ["exercise", ScenarioDocument.schemaFile]
        }
    }

    /// Its file in the bundle: folder, name and extension.
    var resource: (folder: String, name: String) {
        switch self {
        case .stixCaseExtension: ("Resources/stix", "nexus-case-extension.schema")
        case .exerciseFile: ("Resources/exercise", "scenario-\(ScenarioDocument.formatVersion).schema")
        }
    }

    /// The address of a published JSON Schema: under `NEXUS_PUBLIC_URL` when it is set,
    /// else under the address the request was sent to — when that is a plain host and
    /// port, since the Host header is the client's to write.
    func address(publicURL: String?, authority: String?, secure: Bool) -> String {
        let path = Route.system(.schema(self)).path
        if let publicURL { return publicURL + path }
        let authority = authority ?? ""
        let usable =
            !authority.isEmpty && authority.count <= 255
            && authority.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-:[]".unicodeScalars.contains($0)) }
        return (secure ? "https://" : "http://") + (usable ? authority : "localhost") + path
    }
}
