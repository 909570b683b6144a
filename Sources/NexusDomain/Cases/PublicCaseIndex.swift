/// The published public cases, in brief: what the toolkit's public pages show of the case
/// library (a practice lists the cases that exercise it) without asking the database, so
/// those pages stay cacheable. Cases for registered users, restricted cases and drafts are
/// never in it.
public struct PublicCaseIndex: Sendable, Hashable {
    /// One case in brief.
    public struct Entry: Sendable, Hashable, Identifiable {
        public let id: CaseID
        public let title: TranslatableText
        public let sourceLanguage: Language
        public let origin: CaseOrigin
        public let form: NexusForm
        public let stage: NexusStage
        public let periodStart: PartialDate?
        public let periodEnd: PartialDate?
        public let regions: [RegionID]
        public let practices: [String]

        /// The brief of `record`.
        public init(_ record: NexusCase) {
            id = record.id
            title = record.title
            sourceLanguage = record.sourceLanguage
            origin = record.origin
            form = record.form
            stage = record.stage
            periodStart = record.periodStart
            periodEnd = record.periodEnd
            regions = record.regions
            practices = record.practices
        }
    }

    /// The cases, by title in the source language.
    public let entries: [Entry]

    /// An index of the cases given, keeping only the published public ones.
    public init(_ records: [NexusCase]) {
        var keyed: [(key: String, entry: Entry)] = []
        for record in records where CaseAccess.audience(of: record) == .everyone {
            keyed.append((record.title.resolve(.source, source: record.sourceLanguage).text + "\u{0}" + record.id.rawValue, Entry(record)))
        }
        entries = keyed.sorted { $0.key < $1.key }.map(\.entry)
    }

    /// No cases.
    public static let empty = PublicCaseIndex([])

    /// The cases that exercise the practice `slug`.
    public func cases(exercising slug: String) -> [Entry] { entries.filter { $0.practices.contains(slug) } }

    /// The cases in the region `region`.
    public func cases(in region: RegionID) -> [Entry] { entries.filter { $0.regions.contains(region) } }
}
