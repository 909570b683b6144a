/// One language version of one toolkit item, as read from a content file or from
/// the database: front-matter fields plus a Markdown body.
public struct ContentDocument: Sendable, Hashable {
    /// The kind of item.
    public var kind: ContentKind
    /// The item's stable identifier: its folder name.
    public var slug: String
    /// The language of this version.
    public var language: Language
    /// The front-matter fields, by name.
    public var fields: [String: ContentValue]
    /// The Markdown body below the front matter.
    public var body: String

    /// Creates a document.
    public init(kind: ContentKind, slug: String, language: Language, fields: [String: ContentValue], body: String) {
        self.kind = kind
        self.slug = slug
        self.language = language
        self.fields = fields
        self.body = body
    }

    /// Where the document lives relative to the content folder, for reports.
    public var location: String { "\(kind.folder)/\(slug)/\(language.code).md" }

    /// The item this document belongs to.
    public var itemID: ContentItemID { ContentItemID(kind: kind, slug: slug) }

    /// For a translation, the hash of the English text it was made from.
    public var translatedSourceHash: String? { fields[ContentSchema.sourceHashField]?.stringValue }
}

/// Identifies a toolkit item across its language versions.
public struct ContentItemID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The kind of item.
    public var kind: ContentKind
    /// The item's slug, unique within its kind.
    public var slug: String

    /// Creates an identifier.
    public init(kind: ContentKind, slug: String) {
        self.kind = kind
        self.slug = slug
    }

    public var description: String { "\(kind.folder)/\(slug)" }

    public static func < (lhs: ContentItemID, rhs: ContentItemID) -> Bool {
        (lhs.kind, lhs.slug) < (rhs.kind, rhs.slug)
    }
}

/// One language version of one item: what a publish changes and an event names.
public struct ContentDocumentKey: Sendable, Hashable, Codable, Comparable {
    /// The item.
    public let item: ContentItemID
    /// The language version.
    public let language: Language

    /// Creates a key.
    public init(item: ContentItemID, language: Language) {
        self.item = item
        self.language = language
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.item, lhs.language.code) < (rhs.item, rhs.language.code) }
}

extension ContentDocument {
    /// The key of this language version.
    public var key: ContentDocumentKey { ContentDocumentKey(item: itemID, language: language) }
}
