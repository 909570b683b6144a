import Foundation
import HTTPTypes
import NexusApplication
import NexusDomain
import NexusTestSupport
import NexusWeb
import Testing

/// The document against the code: it describes every API route the server answers and
/// nothing else, its vocabularies are the domain's, and the validator can check all of it.
@Suite("OpenAPI contract: the document")
struct OpenAPIDocumentTests {
    static let document = try! OpenAPIDocument.repositoryDocument()

    static func enumeration(_ schema: String) -> [String] {
        document.root["components"]?["schemas"]?[schema]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    @Test("every reference resolves, and every schema keyword is one the validator checks")
    func wellFormed() {
        #expect(Self.document.danglingReferences == [])
        #expect(Self.document.uncheckedSchemaKeywords == [])
        #expect(Set(Self.document.operations.compactMap { $0.definition["operationId"]?.stringValue }).count == Self.document.operations.count)
    }

    @Test("every /api/v1 route the server answers, with each of its methods, is a documented operation")
    func routesAreDocumented() {
        var missing: [String] = []
        for route in Route.samples where route.path.hasPrefix("/api/v1/") {
            let path = String(route.path.split(separator: "?", maxSplits: 1)[0])
            for method in route.methods where method != .head {
                if Self.document.operation(method: method.rawValue, path: path) == nil { missing.append("\(method.rawValue) \(path)") }
            }
        }
        #expect(missing == [], "routes the document does not describe")
    }

    @Test("every documented operation is a route the server answers with that method")
    func operationsAreServed() {
        for operation in Self.document.operations {
            let path = operation.pathTemplate.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "sample", options: .regularExpression)
            guard case .success(let route) = Route.parse(path: path) else {
                Issue.record("\(operation.key): no route answers \(path)")
                continue
            }
            #expect(route.methods.contains(.init(operation.method)!), "\(operation.key): the route does not take \(operation.method)")
            #expect(route.isAPI, "\(operation.key) answers as the API does, in JSON")
        }
    }

    @Test("the search kinds and facets the document lists are exactly the registered search sources'")
    func searchVocabulary() throws {
        #expect(Self.enumeration("SearchKind") == SearchSources.kinds.map(\.rawValue))
        let search = try #require(Self.document.operation(method: "GET", path: "/api/v1/search")?.operation.definition)
        let parameters = search["parameters"]?.arrayValue ?? []
        #expect(parameters.contains { $0["name"] == .string("kind") && $0["schema"]?["$ref"] == .string("#/components/schemas/SearchKind") })
        let result = Self.document.root["components"]?["schemas"]?["SearchResult"]?["properties"]?["kind"]
        #expect(result?["$ref"] == .string("#/components/schemas/SearchKind"))
        let named = Set(parameters.compactMap { $0["name"]?.stringValue })
        let facets = named.subtracting(["q", "page", "kind", "language"])
        #expect(facets == Set(SearchSources.facets.map(\.rawValue)), "the facet parameters")
        let counted = Self.document.root["components"]?["schemas"]?["SearchResponse"]?["properties"]?["facets"]?["properties"]?.objectValue?.keys
        #expect(Set(counted.map(Array.init) ?? []) == Set(SearchFilter.all.map(\.name)), "the facet counts")
    }

    @Test("the shared vocabularies are the domain's own, in its order")
    func vocabularies() {
        #expect(Self.enumeration("Language") == Language.allCases.map(\.code))
        #expect(Self.enumeration("ContentStatus") == ContentStatus.allCases.map(\.rawValue))
        #expect(Self.enumeration("ConceptGroup") == ContentSchema.conceptGroups)
        #expect(Self.enumeration("ThematicArea") == ContentSchema.thematicAreas)
        #expect(Self.enumeration("InstrumentKind") == ContentSchema.instrumentKinds)
        #expect(Self.enumeration("LinkBasis") == LinkBasis.allCases.map(\.rawValue))
        #expect(Self.enumeration("FindingKind") == FindingKind.allCases.map(\.rawValue))
        #expect(Self.enumeration("NexusForm") == NexusForm.allCases.map(\.rawValue))
        #expect(Self.enumeration("FindingConfidence") == FindingConfidence.allCases.map(\.rawValue))
        #expect(Self.enumeration("CrimeMarket") == CrimeMarket.allCases.map(\.rawValue))
        #expect(Self.enumeration("EnablingFactor") == EnablingFactor.allCases.map(\.rawValue))
        #expect(Self.enumeration("StakeholderCategory") == StakeholderCategory.allCases.map(\.rawValue))
        #expect(Self.enumeration("Role") == Role.allCases.map(\.rawValue))
    }
}
