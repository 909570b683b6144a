import Foundation
import NexusTestSupport
import Testing

/// Requests and responses checked against a small document: operations, parameters,
/// credentials, bodies by content type, statuses (with `default`) and response headers.
@Suite("OpenAPI contract: requests and responses")
struct OpenAPIMessageCheckTests {
    static let contract = OpenAPIContract(
        document: try! OpenAPIDocument(
            root: JSONValue.parse(
                """
                {"openapi": "3.1.0", "paths": {
                  "/items": {
                    "get": {"parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                        {"name": "kind", "in": "query", "required": true, "schema": {"enum": ["a", "b"]}}],
                      "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array"}}}},
                                    "default": {"$ref": "#/components/responses/Error"}}},
                    "post": {"security": [{"bearer": []}],
                      "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string", "maxLength": 5}}],
                      "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                        "properties": {"name": {"type": "string"}}, "additionalProperties": false}}}},
                      "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {"type": "object"}}}},
                                    "401": {"$ref": "#/components/responses/Unauthorized"}}}},
                  "/items/{item}": {
                    "parameters": [{"name": "item", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[a-z]+$"}}],
                    "delete": {"responses": {"204": {"description": "gone"}}}},
                  "/items/new": {"get": {"responses": {"200": {"description": "the form"}}}}},
                 "components": {
                   "responses": {
                     "Error": {"description": "error", "content": {"application/json": {"schema": {"type": "object", "required": ["error"]}}}},
                     "Unauthorized": {"description": "no", "headers": {"WWW-Authenticate": {"required": true, "schema": {"const": "Bearer"}}},
                       "content": {"application/json": {"schema": {"type": "object"}}}}},
                   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
                """)))

    static func request(_ method: String, _ target: String, headers: [String: String] = [:], body: String? = nil) -> RequestCheck {
        contract.check(ContractRequest(method: method, target: target, headers: headers, body: body.map { Data($0.utf8) }))
    }

    static func response(_ operation: String, _ status: Int, headers: [String: String] = [:], body: String = "") -> ResponseCheck {
        let parts = operation.split(separator: " ").map(String.init)
        let match = contract.document.operation(method: parts[0], path: parts[1])!
        return contract.check(ContractResponse(status: status, headers: headers, body: Data(body.utf8)), to: match.operation)
    }

    @Test("operations are matched by method and path; literal segments win over templates")
    func operations() {
        #expect(Self.request("GET", "/items/new").match?.operation.pathTemplate == "/items/new")
        #expect(Self.request("DELETE", "/items/abc").match?.pathValues == ["item": "abc"])
        #expect(Self.request("PUT", "/items").problems.map(\.description) == ["operation: PUT /items is not a documented operation"])
        #expect(Self.request("GET", "/nothing").match == nil)
    }

    @Test("query, path and header parameters are checked against their schemas")
    func parameters() {
        #expect(Self.request("GET", "/items?kind=a&limit=5").problems == [])
        #expect(Self.request("GET", "/items?limit=5").problems.map(\.description) == ["query.kind: is required but missing"])
        #expect(Self.request("GET", "/items?kind=a&limit=0").problems.map(\.description) == ["query.limit: 0 is less than the minimum 1"])
        #expect(
            Self.request("GET", "/items?kind=a&limit=many").problems.map(\.description) == [#"query.limit: expected integer, found string "many""#])
        #expect(Self.request("GET", "/items?kind=c").problems.map(\.description) == [#"query.kind: "c" is not one of "a", "b""#])
        #expect(Self.request("GET", "/items?kind=a&colour=red").problems.map(\.description) == ["query.colour: is not a parameter of GET /items"])
        #expect(Self.request("GET", "/items?kind=a&kind=b").problems.map(\.description) == ["query.kind: is given 2 times; it takes one value"])
        #expect(Self.request("DELETE", "/items/ABC").problems.first?.path.description == "path.item")
        let long = Self.request(
            "POST", "/items", headers: ["Authorization": "Bearer t", "Content-Type": "application/json", "Idempotency-Key": "toolong"],
            body: #"{"name": "x"}"#)
        #expect(long.problems.map(\.description) == ["header.Idempotency-Key: is 7 characters long, longer than 5"])
    }

    @Test("security: an operation that needs a bearer token is refused without one")
    func security() {
        let headers = ["Content-Type": "application/json"]
        #expect(Self.request("POST", "/items", headers: headers, body: #"{"name": "x"}"#).problems.map(\.path.description) == ["security"])
        #expect(
            Self.request("POST", "/items", headers: headers.merging(["authorization": "Bearer "]) { $1 }, body: #"{"name": "x"}"#).problems.count == 1
        )
        #expect(
            Self.request("POST", "/items", headers: headers.merging(["Authorization": "bearer abc"]) { $1 }, body: #"{"name": "x"}"#).problems == [])
    }

    @Test("request bodies: required, of a documented content type, matching the schema")
    func requestBodies() {
        let token = ["Authorization": "Bearer t"]
        #expect(Self.request("POST", "/items", headers: token).problems.map(\.description) == ["body: is required but missing"])
        let xml = Self.request("POST", "/items", headers: token.merging(["Content-Type": "application/xml"]) { $1 }, body: "<a/>")
        #expect(xml.problems.map(\.description) == ["header.Content-Type: application/xml is not documented here (documented: application/json)"])
        let json = token.merging(["Content-Type": "application/json; charset=utf-8"]) { $1 }
        #expect(
            Self.request("POST", "/items", headers: json, body: "{not json").problems.first?.message.hasPrefix("the request body is not JSON") == true
        )
        #expect(
            Self.request("POST", "/items", headers: json, body: #"{"name": 3}"#).problems.map(\.description) == [
                "$.name: expected string, found integer 3"
            ])
        #expect(Self.request("DELETE", "/items/abc", body: "x").problems.map(\.description) == ["body: DELETE /items/{item} takes no body"])
    }

    @Test("responses: a documented status (or default), its content type, body schema and headers")
    func responses() {
        let json = ["Content-Type": "application/json; charset=utf-8"]
        #expect(Self.response("GET /items", 200, headers: json, body: "[]").documentedStatus == "200")
        #expect(Self.response("GET /items", 200, headers: json, body: "{}").problems.map(\.description) == ["$: expected array, found object {}"])
        #expect(
            Self.response("GET /items", 200, headers: ["Content-Type": "text/html"], body: "<p>").problems.first?.path.description
                == "header.Content-Type")
        #expect(
            Self.response("GET /items", 200, body: "[]").problems.map(\.description) == [
                "header.Content-Type: is missing; the response body must be application/json"
            ])
        let fallback = Self.response("GET /items", 418, headers: json, body: #"{"error": 1}"#)
        #expect(fallback.documentedStatus == "default" && fallback.problems == [])
        #expect(Self.response("GET /items", 500, headers: json, body: "{}").problems.map(\.description) == ["$.error: is required but missing"])
        let undocumented = Self.response("DELETE /items/{item}", 200)
        #expect(
            undocumented.documentedStatus == nil
                && undocumented.problems.map(\.description) == ["status: 200 is not documented for DELETE /items/{item} (documented: 204)"])
        #expect(Self.response("DELETE /items/{item}", 204).problems == [])
        #expect(
            Self.response("DELETE /items/{item}", 204, body: "{}").problems.map(\.description) == [
                "body: the response carries a body the document does not describe"
            ])
        #expect(
            Self.response("POST /items", 401, headers: json, body: "{}").problems.map(\.description) == [
                "header.WWW-Authenticate: is required but missing"
            ])
        #expect(
            Self.response("POST /items", 401, headers: json.merging(["www-authenticate": "Basic"]) { $1 }, body: "{}").problems.first?.path
                .description == "header.WWW-Authenticate")
        #expect(Self.response("POST /items", 401, headers: json.merging(["WWW-Authenticate": "Bearer"]) { $1 }, body: "{}").problems == [])
    }

    @Test("the coverage unit: every documented status of every operation")
    func documentedResponses() {
        #expect(
            Self.contract.document.documentedResponses.map(\.description) == [
                "GET /items → 200", "GET /items → default", "POST /items → 201", "POST /items → 401", "GET /items/new → 200",
                "DELETE /items/{item} → 204",
            ])
    }
}
