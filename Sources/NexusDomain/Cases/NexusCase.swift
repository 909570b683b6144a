import Foundation

/// A case's identifier: a slug chosen when it is recorded, used in its address.
public typealias CaseID = Identifier<NexusCase>

/// An anonymised case of the crime–terror nexus: what happened, who was involved and how
/// they were linked, which form the nexus took, and which good practices it exercises.
/// Exercises are built from cases, so a case carries what a scenario needs: a narrative,
/// a network of actors, a timeline and its sources.
public struct NexusCase: Sendable, Hashable, Codable, Identifiable {
    /// The slug.
    public var id: CaseID
    /// Draft or published.
    public var status: CaseStatus
    /// Who may read it once published.
    public var publication: PublicationLevel
    /// For restricted cases: the roles besides editors and administrators that may read it.
    public var restrictedTo: Set<Role>
    /// Documented, or a composite made for training.
    public var origin: CaseOrigin
    /// The language the case was written in; the others translate it.
    public var sourceLanguage: Language
    public var title: TranslatableText
    /// The facts, in Markdown.
    public var summary: TranslatableText
    /// What the case shows about the nexus and the response, in Markdown.
    public var analysis: TranslatableText
    /// When it happened, as precisely as known.
    public var periodStart: PartialDate?
    public var periodEnd: PartialDate?
    /// The toolkit regions it concerns, by slug.
    public var regions: [RegionID]
    public var countries: [CountryCode]
    /// The illicit markets involved (the Organized Crime Index vocabulary findings use).
    public var markets: [CrimeMarket]
    public var form: NexusForm
    public var stage: NexusStage
    public var factors: [EnablingFactor]
    public var watchPoints: [WatchPoint]
    /// The good practices it exercises, by slug.
    public var practices: [String]
    /// The instruments it exercises, by slug.
    public var instruments: [String]
    public var sources: [CaseSource]
    public var actors: [CaseActor]
    public var relationships: [CaseRelationship]
    public var events: [CaseEvent]

    /// Creates a case.
    public init(
        id: CaseID, status: CaseStatus = .draft, publication: PublicationLevel = .public, restrictedTo: Set<Role> = [],
        origin: CaseOrigin, sourceLanguage: Language = .source, title: TranslatableText, summary: TranslatableText,
        analysis: TranslatableText = TranslatableText(), periodStart: PartialDate? = nil, periodEnd: PartialDate? = nil,
        regions: [RegionID] = [], countries: [CountryCode] = [], markets: [CrimeMarket] = [], form: NexusForm,
        stage: NexusStage, factors: [EnablingFactor] = [], watchPoints: [WatchPoint] = [], practices: [String] = [],
        instruments: [String] = [], sources: [CaseSource] = [], actors: [CaseActor] = [],
        relationships: [CaseRelationship] = [], events: [CaseEvent] = []
    ) {
        self.id = id
        self.status = status
        self.publication = publication
        self.restrictedTo = restrictedTo
        self.origin = origin
        self.sourceLanguage = sourceLanguage
        self.title = title
        self.summary = summary
        self.analysis = analysis
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.regions = regions
        self.countries = countries
        self.markets = markets
        self.form = form
        self.stage = stage
        self.factors = factors
        self.watchPoints = watchPoints
        self.practices = practices
        self.instruments = instruments
        self.sources = sources
        self.actors = actors
        self.relationships = relationships
        self.events = events
    }

    /// The languages the case has a title in: those it is listed and searched in.
    public var languages: Set<Language> { title.languages }

    /// The years the case spans, for the year facet.
    public var years: [Int] {
        guard let first = periodStart?.year ?? periodEnd?.year else { return [] }
        let last = periodEnd?.year ?? first
        return first <= last ? Array(first...min(last, first + 50)) : [first]
    }

    /// The same case with its lists in one canonical order and duplicates removed.
    public var normalized: NexusCase {
        var copy = self
        copy.regions = Array(Set(regions)).sorted()
        copy.countries = Array(Set(countries)).sorted()
        copy.markets = CrimeMarket.allCases.filter(markets.contains)
        copy.factors = EnablingFactor.allCases.filter(factors.contains)
        copy.watchPoints = WatchPoint.allCases.filter(watchPoints.contains)
        copy.practices = Array(Set(practices)).sorted()
        copy.instruments = Array(Set(instruments)).sorted()
        copy.events = events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        if publication != .restricted { copy.restrictedTo = [] }
        copy.restrictedTo.subtract([.admin, .editor])
        return copy
    }
}

/// A stored case with what the store knows about it.
public struct StoredCase: Sendable, Hashable {
    /// The case.
    public let record: NexusCase
    /// Counts saves from 1, so that a form saved against an older revision is refused.
    public let revision: Int
    /// When it was last saved, and by whom (an e-mail address or a fixed label).
    public let updatedAt: Date
    public let updatedBy: String
    /// When it was first saved: a STIX export's `created`.
    public let createdAt: Date

    /// Creates a stored case; without `createdAt`, it was created when last saved.
    public init(record: NexusCase, revision: Int, updatedAt: Date, updatedBy: String, createdAt: Date? = nil) {
        self.record = record
        self.revision = revision
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.createdAt = createdAt ?? updatedAt
    }
}
