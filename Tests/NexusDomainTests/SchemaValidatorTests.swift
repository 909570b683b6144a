import NexusDomain
import Testing

@Suite("Schema validation of one document")
struct SchemaValidatorTests {
    @Test("a complete English practice has no problem")
    func completePractice() {
        #expect(SchemaValidator.problems(in: Doc.practice("gp", number: 1)).isEmpty)
    }

    @Test("an unknown field is reported by name")
    func unknownField() {
        let problems = SchemaValidator.problems(in: Doc.practice("gp", extra: ["colour": .string("red")]))
        #expect(problems.map(\.message) == ["unknown field `colour` for a practice"])
    }

    @Test("a missing required field is reported")
    func missingRequired() {
        var document = Doc.practice("gp")
        document.fields["sources"] = nil
        #expect(SchemaValidator.problems(in: document).map(\.message) == ["required field `sources` is missing"])
    }

    @Test("a structural field in a translation is rejected")
    func structureInTranslation() {
        let document = Doc.practice("gp", .fr, extra: ["number": .int(2)])
        #expect(
            SchemaValidator.problems(in: document).map(\.message)
                == ["`number` is set in the English file only; remove it from this translation"])
    }

    @Test("a translation needs a quoted source hash")
    func sourceHash() {
        var document = Doc.practice("gp", .ar)
        document.fields["source_hash"] = nil
        #expect(SchemaValidator.problems(in: document).count == 1)
        document.fields["source_hash"] = .int(1234)
        #expect(SchemaValidator.problems(in: document).first?.message.contains("double quotes") == true)
    }

    @Test(
        "values of the wrong type are reported",
        arguments: [
            ("number", ContentValue.string("two"), "must be a whole number"),
            ("status", .string("maybe"), "must be one of"),
            ("sources", .list([.string("not a url")]), "is not an absolute http(s) URL"),
            ("key_actions", .list([.string("")]), "must not contain empty entries"),
            ("standards", .list([.string("Bad Slug")]), "must be a list of item slugs"),
            ("title", .string("   "), "must not be empty"),
        ])
    func wrongTypes(field: String, value: ContentValue, expected: String) {
        let problems = SchemaValidator.problems(in: Doc.practice("gp", extra: [field: value]))
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains(expected) == true, "\(problems)")
    }

    @Test(
        "slugs are lower-case letters, digits and single hyphens",
        arguments: [
            ("gp-1", true), ("untoc", true), ("a", true), ("GP", false), ("gp--1", false), ("-gp", false),
            ("gp_1", false), ("ممارسة", false), ("", false),
        ])
    func slugs(slug: String, valid: Bool) {
        #expect(slug.isValidSlug == valid)
    }
}
