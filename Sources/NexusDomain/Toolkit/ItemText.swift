/// The words of one toolkit item in one language.
///
/// Kinds use the fields their schema allows; the others stay empty.
public struct ItemText: Sendable, Hashable {
    /// The item's title.
    public var title: String
    /// One or two sentences saying what the item is about.
    public var summary: String
    /// The Markdown body.
    public var body: String
    /// A short name or acronym (instruments), for example "UNTOC".
    public var shortTitle: String?
    /// A note that explains the item's status to readers, when it is not fully confirmed.
    public var statusNote: String?
    /// A practice's key actions, as numbered steps.
    public var keyActions: [String]
    /// A note on a practice's key actors, beyond the actor types it links to.
    public var keyActorsNote: String?
    /// The body that adopted an instrument.
    public var issuer: String?
    /// The organisation that runs an initiative.
    public var organisation: String?
    /// Where an initiative works, in words.
    public var coverage: String?
    /// The city a meeting took place in.
    public var city: String?
    /// A meeting's partner organisations, in words.
    public var partners: String?
    /// Thematic areas a meeting discussed beyond the standard three, in words.
    public var otherThemes: String?
    /// A meeting's agenda items, in order.
    public var agenda: [String]

    /// Creates a text.
    public init(
        title: String, summary: String, body: String = "", shortTitle: String? = nil, statusNote: String? = nil,
        keyActions: [String] = [], keyActorsNote: String? = nil, issuer: String? = nil,
        organisation: String? = nil, coverage: String? = nil, city: String? = nil, partners: String? = nil,
        otherThemes: String? = nil, agenda: [String] = []
    ) {
        self.title = title
        self.summary = summary
        self.body = body
        self.shortTitle = shortTitle
        self.statusNote = statusNote
        self.keyActions = keyActions
        self.keyActorsNote = keyActorsNote
        self.issuer = issuer
        self.organisation = organisation
        self.coverage = coverage
        self.city = city
        self.partners = partners
        self.otherThemes = otherThemes
        self.agenda = agenda
    }

    /// Reads the text fields of a document that has passed ``SchemaValidator``.
    public init(document: ContentDocument) {
        let fields = document.fields
        self.init(
            title: fields["title"]?.stringValue ?? document.slug,
            summary: fields["summary"]?.stringValue ?? "",
            body: document.body.trimmingWhitespace(),
            shortTitle: fields["short_title"]?.stringValue,
            statusNote: fields["status_note"]?.stringValue,
            keyActions: fields["key_actions"]?.stringListValue ?? [],
            keyActorsNote: fields["key_actors_note"]?.stringValue,
            issuer: fields["issuer"]?.stringValue,
            organisation: fields["organisation"]?.stringValue,
            coverage: fields["coverage"]?.stringValue,
            city: fields["city"]?.stringValue,
            partners: fields["partners"]?.stringValue,
            otherThemes: fields["other_themes"]?.stringValue,
            agenda: fields["agenda"]?.stringListValue ?? []
        )
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
