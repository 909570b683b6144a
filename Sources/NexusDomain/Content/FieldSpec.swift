/// The expected shape of one front-matter field.
public struct FieldSpec: Sendable, Hashable {
    /// The value a field holds.
    public enum FieldType: Sendable, Hashable {
        /// A non-empty line or paragraph of text (inline Markdown allowed).
        case text
        /// A list of non-empty texts, in order (for example numbered steps).
        case textList
        /// A whole number.
        case int
        /// An absolute `http(s)` URL.
        case url
        /// A list of absolute URLs.
        case urlList
        /// One of a fixed set of words.
        case choice([String])
        /// A list of words from a fixed set.
        case choiceList([String])
        /// A date as precise as the sources: `2018`, `2018-02` or `2018-02-14`.
        case date
        /// An ISO 3166-1 alpha-2 country code, such as `AL` or `KE`.
        case countryCode
        /// The slug of another item of the given kind.
        case reference(ContentKind)
        /// A list of slugs of other items of the given kind.
        case referenceList(ContentKind)
    }

    /// The field's name in the front matter.
    public var name: String
    /// What the field holds.
    public var type: FieldType
    /// Whether the field must be present.
    public var isRequired: Bool
    /// Whether each language has its own value (text) or English alone sets it (structure).
    public var isTranslatable: Bool

    /// Creates a field that only English sets, such as a number or a reference.
    public static func structure(_ name: String, _ type: FieldType, required: Bool = false) -> FieldSpec {
        FieldSpec(name: name, type: type, isRequired: required, isTranslatable: false)
    }

    /// Creates a field that every language sets in its own words.
    public static func text(_ name: String, _ type: FieldType = .text, required: Bool = false) -> FieldSpec {
        FieldSpec(name: name, type: type, isRequired: required, isTranslatable: true)
    }
}
