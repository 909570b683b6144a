/// The published toolkit, immutable, in reading order, with the lookups pages need.
///
/// The web layer serves every read from one snapshot; publishing builds a new one
/// and swaps it in, so reads never wait on writes.
public struct ToolkitSnapshot: Sendable {
    /// Concept sections, by group and order.
    public let concept: [ConceptSection]
    /// Themes, by letter.
    public let themes: [Theme]
    /// Practices, by theme, then number (unnumbered last), then order.
    public let practices: [Practice]
    /// Instruments, by year, then slug.
    public let instruments: [Instrument]
    /// Actor types, by order, then slug.
    public let actors: [ActorType]
    /// Initiatives, by order, then slug.
    public let initiatives: [Initiative]
    /// Regions, by order, then slug.
    public let regions: [Region]
    /// Consultation meetings, by start date.
    public let meetings: [Meeting]

    private let practiceIndexBySlug: [String: Int]
    private let practiceIndexByNumber: [Int: Int]
    private let infoIndex: [ContentItemID: ItemInfo]

    /// An empty toolkit, served before any content is loaded.
    public static let empty = ToolkitSnapshot(
        concept: [], themes: [], practices: [], instruments: [], actors: [], initiatives: [], regions: [], meetings: [])

    /// Creates a snapshot; lists are expected in reading order.
    public init(
        concept: [ConceptSection], themes: [Theme], practices: [Practice], instruments: [Instrument],
        actors: [ActorType], initiatives: [Initiative], regions: [Region] = [], meetings: [Meeting] = []
    ) {
        self.concept = concept
        self.themes = themes
        self.practices = practices
        self.instruments = instruments
        self.actors = actors
        self.initiatives = initiatives
        self.regions = regions
        self.meetings = meetings
        var bySlug: [String: Int] = [:]
        var byNumber: [Int: Int] = [:]
        for (index, practice) in practices.enumerated() {
            bySlug[practice.info.slug] = index
            if let number = practice.number { byNumber[number] = index }
        }
        practiceIndexBySlug = bySlug
        practiceIndexByNumber = byNumber
        let all =
            concept.map(\.info) + themes.map(\.info) + practices.map(\.info) + instruments.map(\.info)
            + actors.map(\.info) + initiatives.map(\.info) + regions.map(\.info) + meetings.map(\.info)
        infoIndex = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the snapshot holds no content at all.
    public var isEmpty: Bool { practices.isEmpty && themes.isEmpty && concept.isEmpty && instruments.isEmpty }

    // MARK: Lookups

    /// The practice a URL names, by number or slug.
    public func practice(_ reference: PracticeReference) -> Practice? {
        switch reference {
        case .number(let number): practiceIndexByNumber[number].map { practices[$0] }
        case .slug(let slug): practiceIndexBySlug[slug].map { practices[$0] }
        }
    }

    /// The practice with `slug`.
    public func practice(slug: String) -> Practice? { practice(.slug(slug)) }

    /// The concept section with `slug`.
    public func conceptSection(slug: String) -> ConceptSection? { concept.first { $0.info.slug == slug } }

    /// The theme with `slug`.
    public func theme(slug: String) -> Theme? { themes.first { $0.info.slug == slug } }

    /// The instrument with `slug`.
    public func instrument(slug: String) -> Instrument? { instruments.first { $0.info.slug == slug } }

    /// The actor type with `slug`.
    public func actor(slug: String) -> ActorType? { actors.first { $0.info.slug == slug } }

    /// The initiative with `slug`.
    public func initiative(slug: String) -> Initiative? { initiatives.first { $0.info.slug == slug } }

    /// The region with `slug`.
    public func region(slug: String) -> Region? { regions.first { $0.info.slug == slug } }

    /// The region with this identifier, if there is one.
    public func region(_ id: RegionID) -> Region? { region(slug: id.rawValue) }

    /// The meeting with this slug.
    public func meeting(slug: String) -> Meeting? { meetings.first { $0.info.slug == slug } }

    /// The meeting with this identifier, if there is one.
    public func meeting(_ id: MeetingID) -> Meeting? { meeting(slug: id.rawValue) }

    /// The meetings held in a region, by date.
    public func meetings(inRegion region: RegionID) -> [Meeting] { meetings.filter { $0.region == region } }

    /// The common part of the item `id`, if the snapshot has it.
    public func info(_ id: ContentItemID) -> ItemInfo? { infoIndex[id] }

    /// The common part of every item of `kind`, in reading order.
    public func infos(of kind: ContentKind) -> [ItemInfo] {
        switch kind {
        case .concept: concept.map(\.info)
        case .theme: themes.map(\.info)
        case .practice: practices.map(\.info)
        case .instrument: instruments.map(\.info)
        case .actor: actors.map(\.info)
        case .initiative: initiatives.map(\.info)
        case .region: regions.map(\.info)
        case .meeting: meetings.map(\.info)
        }
    }

    // MARK: Links between items

    /// The practices of a theme, in order.
    public func practices(inTheme slug: String) -> [Practice] { practices.filter { $0.theme == slug } }

    /// The practices that rely on an instrument.
    public func practices(citing instrument: String) -> [Practice] {
        practices.filter { $0.standards.contains(instrument) }
    }

    /// The practices that involve an actor type.
    public func practices(involving actor: String) -> [Practice] {
        practices.filter { $0.keyActors.contains(actor) }
    }

    /// The practices that name an initiative as an example.
    public func practices(featuring initiative: String) -> [Practice] {
        practices.filter { $0.initiatives.contains(initiative) }
    }

    /// Numbered practices the toolkit is known to have but whose text is not yet loaded:
    /// the gaps below the highest known number.
    public var missingPracticeNumbers: [Int] {
        guard let highest = practiceIndexByNumber.keys.max() else { return [] }
        return (1...highest).filter { practiceIndexByNumber[$0] == nil }
    }
}
