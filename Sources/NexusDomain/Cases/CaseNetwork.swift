/// An actor in a case: a type and an alias, never a person's name.
public struct CaseActor: Sendable, Hashable, Codable, Identifiable {
    /// Unique within its case (`a1`, `sahel-group`): relationships point to it.
    public var id: String
    /// What kind of actor it is.
    public var type: CaseActorType
    /// The alias the case uses ("Group A", "the broker").
    public var alias: TranslatableText
    /// How large it is, when the sources tell.
    public var size: ActorSize?
    /// Where it operates, when one region is meant.
    public var region: RegionID?
    /// When it was active.
    public var activeFrom: PartialDate?
    public var activeTo: PartialDate?

    /// Creates an actor.
    public init(
        id: String, type: CaseActorType, alias: TranslatableText, size: ActorSize? = nil, region: RegionID? = nil,
        activeFrom: PartialDate? = nil, activeTo: PartialDate? = nil
    ) {
        self.id = id
        self.type = type
        self.alias = alias
        self.size = size
        self.region = region
        self.activeFrom = activeFrom
        self.activeTo = activeTo
    }
}

/// How one actor stood to another, when, and which source says so.
public struct CaseRelationship: Sendable, Hashable, Codable, Identifiable {
    /// Unique within its case.
    public var id: String
    /// The actor the relationship goes from ("the group *finances* …").
    public var from: String
    /// The actor it goes to.
    public var to: String
    /// What the relationship is.
    public var type: RelationshipType
    /// When it held.
    public var start: PartialDate?
    public var end: PartialDate?
    /// The case source that supports it, by its id.
    public var source: String
    /// A short note, translatable.
    public var note: TranslatableText

    /// Creates a relationship.
    public init(
        id: String, from: String, to: String, type: RelationshipType, start: PartialDate? = nil, end: PartialDate? = nil,
        source: String, note: TranslatableText = TranslatableText()
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.type = type
        self.start = start
        self.end = end
        self.source = source
        self.note = note
    }
}

/// Where a case's facts come from, graded as analysts grade sources.
public struct CaseSource: Sendable, Hashable, Codable, Identifiable {
    /// Unique within its case (`s1`): relationships and events cite it.
    public var id: String
    /// The citation as a reader finds the source: author, title, date.
    public var citation: String
    /// A link to it, when it is online.
    public var url: String?
    /// Its admiralty grade.
    public var grade: AdmiraltyGrade

    /// Creates a source.
    public init(id: String, citation: String, url: String? = nil, grade: AdmiraltyGrade) {
        self.id = id
        self.citation = citation
        self.url = url
        self.grade = grade
    }
}

/// A dated event on the case's timeline.
public struct CaseEvent: Sendable, Hashable, Codable, Identifiable {
    /// Unique within its case.
    public var id: String
    /// When, as precisely as the sources tell.
    public var date: PartialDate
    /// What happened, translatable.
    public var text: TranslatableText
    /// The case source that reports it, by its id, if any.
    public var source: String?

    /// Creates an event.
    public init(id: String, date: PartialDate, text: TranslatableText, source: String? = nil) {
        self.id = id
        self.date = date
        self.text = text
        self.source = source
    }
}

extension PartialDate: TextCoded {
    public static func parsed(_ text: String) -> PartialDate? { PartialDate(text) }
    public static let textName = "a date (YYYY, YYYY-MM or YYYY-MM-DD)"
}
