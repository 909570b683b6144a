import Foundation
import NexusTestSupport
import Testing

/// The JSON Schema validator itself: it must fail when it should, naming the JSON path,
/// or the contract tests built on it prove nothing.
@Suite("OpenAPI contract: the schema validator")
struct OpenAPIValidatorTests {
    static let document = try! OpenAPIDocument(
        root: JSONValue.parse(
            """
            {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {
              "Slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 12},
              "Meeting": {"type": "object", "additionalProperties": false, "required": ["slug", "end", "kind"],
                "properties": {
                  "slug": {"$ref": "#/components/schemas/Slug"},
                  "end": {"type": ["string", "null"]},
                  "kind": {"type": "string", "enum": ["manifestation", "challenge"]},
                  "count": {"type": "integer", "minimum": 0, "maximum": 10},
                  "themes": {"type": "array", "items": {"$ref": "#/components/schemas/Slug"}, "minItems": 1, "maxItems": 2},
                  "texts": {"type": "object", "propertyNames": {"enum": ["en", "fr"]}, "additionalProperties": {"type": "string"}}}},
              "Loop": {"$ref": "#/components/schemas/Loop"}
            }}}
            """))

    static func problems(_ json: String, _ schema: String) throws -> [ContractProblem] {
        JSONSchemaValidator(document: document).validate(try JSONValue.parse(json), against: try JSONValue.parse(schema))
    }

    static func meeting(_ json: String) throws -> [String] {
        try problems(json, ##"{"$ref": "#/components/schemas/Meeting"}"##).map(\.description)
    }

    @Test("a conforming value has no problems")
    func conforming() throws {
        #expect(
            try Self.meeting(#"{"slug": "tirana-2018", "end": null, "kind": "challenge", "count": 3, "themes": ["a"], "texts": {"fr": "x"}}"#) == [])
        #expect(try Self.meeting(#"{"slug": "tirana-2018", "end": "2018-02", "kind": "manifestation"}"#) == [])
    }

    @Test("the wrong type is named with its path and what was found")
    func wrongType() throws {
        #expect(try Self.meeting(#"{"slug": 7, "end": null, "kind": "challenge"}"#) == ["$.slug: expected string, found integer 7"])
        #expect(
            try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "count": 1.5}"#) == ["$.count: expected integer, found number 1.5"])
        #expect(try Self.problems("[]", #"{"type": "object"}"#).map(\.description) == ["$: expected object, found array []"])
    }

    @Test("a required property that is missing is named")
    func missingRequired() throws {
        #expect(try Self.meeting(#"{"slug": "a", "kind": "challenge"}"#) == ["$.end: is required but missing"])
    }

    @Test("an extra property is refused when additionalProperties is false")
    func extraProperty() throws {
        #expect(
            try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "colour": "red"}"#) == [
                "$.colour: is not a documented property, and additionalProperties is false"
            ])
    }

    @Test("a value outside the enum is refused")
    func badEnum() throws {
        #expect(
            try Self.meeting(#"{"slug": "a", "end": null, "kind": "rumour"}"#) == [
                #"$.kind: "rumour" is not one of "manifestation", "challenge""#
            ])
    }

    @Test("null is refused where the type does not allow it, accepted where it does")
    func nulls() throws {
        #expect(try Self.meeting(#"{"slug": null, "end": null, "kind": "challenge"}"#) == ["$.slug: expected string, found null"])
        #expect(try Self.problems("null", #"{"type": ["string", "null"]}"#) == [])
        #expect(try Self.problems("null", #"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#) == [])
        #expect(try Self.problems("null", #"{"type": "string"}"#).map(\.description) == ["$: expected string, found null"])
    }

    @Test("bounds: length, number range, item count, pattern")
    func bounds() throws {
        #expect(
            try Self.meeting(#"{"slug": "far-too-long-a-slug", "end": null, "kind": "challenge"}"#) == [
                "$.slug: is 19 characters long, longer than 12"
            ])
        #expect(
            try Self.meeting(#"{"slug": "Bad_Slug", "end": null, "kind": "challenge"}"#).first?.hasPrefix("$.slug: \"Bad_Slug\" does not match")
                == true)
        #expect(try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "count": -1}"#) == ["$.count: -1 is less than the minimum 0"])
        #expect(try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "count": 11}"#) == ["$.count: 11 is more than the maximum 10"])
        #expect(try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "themes": []}"#) == ["$.themes: has 0 items, fewer than 1"])
        #expect(
            try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "themes": ["a", "b", "c"]}"#) == ["$.themes: has 3 items, more than 2"]
        )
        #expect(try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "themes": ["a", "B"]}"#).first?.hasPrefix("$.themes[1]:") == true)
        #expect(try Self.problems(#""é""#, #"{"minLength": 2}"#).map(\.description) == ["$: is 1 characters long, shorter than 2"])
    }

    @Test("property names and additional properties by schema")
    func propertyNames() throws {
        #expect(
            try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "texts": {"de": "x"}}"#).first?.hasPrefix(
                "$.texts.de: the property name") == true)
        #expect(
            try Self.meeting(#"{"slug": "a", "end": null, "kind": "challenge", "texts": {"en": 1}}"#) == [
                "$.texts.en: expected string, found integer 1"
            ])
    }

    @Test("const, allOf, anyOf and oneOf")
    func combinators() throws {
        #expect(try Self.problems("422", #"{"const": 422}"#) == [])
        #expect(try Self.problems("400", #"{"const": 422}"#).map(\.description) == ["$: 400 is not the constant 422"])
        #expect(
            try Self.problems("5", #"{"allOf": [{"type": "integer"}, {"minimum": 6}]}"#).map(\.description) == ["$: 5 is less than the minimum 6"])
        #expect(try Self.problems("true", #"{"anyOf": [{"type": "string"}, {"type": "integer"}]}"#).count == 1)
        #expect(
            try Self.problems("3", #"{"oneOf": [{"type": "integer"}, {"minimum": 1}]}"#).map(\.description) == [
                "$: matches 2 of the oneOf schemas; exactly one must match"
            ])
        #expect(try Self.problems("\"x\"", #"{"oneOf": [{"type": "integer"}, {"type": "string"}]}"#) == [])
        #expect(try Self.problems("1.0", #"{"type": "integer", "enum": [1]}"#) == [], "1.0 is the integer 1 in JSON Schema")
    }

    @Test("formats: date, date-time, uri, uri-reference, email")
    func formats() throws {
        func check(_ value: String, _ format: String) throws -> Bool {
            try Self.problems(JSONValue.string(value).description, #"{"format": "\#(format)"}"#).isEmpty
        }
        #expect(try check("2019-05-10", "date") && !check("2019-02-30", "date") && !check("2019-5-10", "date"))
        #expect(try check("2019-05-10T08:30:00Z", "date-time") && check("2019-05-10T08:30:00.125+02:00", "date-time"))
        #expect(try !check("2019-05-10 08:30:00", "date-time") && !check("2019-05-10T25:00:00Z", "date-time"))
        #expect(try check("https://example.org/a?b=c", "uri") && !check("/en/practices", "uri") && !check("https://exa mple.org", "uri"))
        #expect(try check("/en/practices/2", "uri-reference") && !check("/en/prac tices", "uri-reference"))
        #expect(try check("officer@example.org", "email") && !check("officer@", "email") && !check("no at sign", "email"))
        #expect(try Self.problems("\"x\"", #"{"format": "ipv6"}"#).first?.message.contains("not one this validator checks") == true)
    }

    @Test("a keyword the validator does not check is a problem, never silently passed")
    func unknownKeyword() throws {
        #expect(
            try Self.problems("\"x\"", #"{"type": "string", "contentSchema": {}}"#).map(\.description) == [
                "$: the schema uses contentSchema, which this validator does not check"
            ])
        #expect(try Self.problems("1", #"{"description": "only words", "title": "t", "default": 2}"#) == [])
    }

    @Test("references that lead nowhere or in a circle are problems")
    func badReferences() throws {
        #expect(try Self.problems("1", ##"{"$ref": "#/components/schemas/Nothing"}"##).first?.message.contains("points to nothing") == true)
        #expect(try Self.problems("1", ##"{"$ref": "#/components/schemas/Loop"}"##).first?.message.contains("circular") == true)
        #expect(try Self.problems("1", "false").map(\.description) == ["$: no value is allowed here (the schema is false)"])
    }

    @Test("paths quote keys that are not plain names")
    func quotedPaths() {
        #expect(JSONPath.body.key("meetings").index(0).key("end").description == "$.meetings[0].end")
        #expect(JSONPath.body.key("a b").key("x\"y").description == #"$["a b"]["x\"y"]"#)
    }
}
