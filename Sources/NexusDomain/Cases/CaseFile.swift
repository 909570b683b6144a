import Foundation

/// A case as a file: the bundled seed cases and the JSON that editors can exchange. Texts
/// are plain maps of language to text; on reading, every translation in the file counts
/// as made from the source text in the same file, so a file is current as written.
public struct CaseFile: Codable, Sendable, Hashable {
    public struct Period: Codable, Sendable, Hashable {
        public var start: String?
        public var end: String?
    }

    public struct Actor: Codable, Sendable, Hashable {
        public var id: String
        public var type: CaseActorType
        public var alias: [Language: String]
        public var size: ActorSize?
        public var region: String?
        public var active: Period?
    }

    public struct Relationship: Codable, Sendable, Hashable {
        public var id: String
        public var from: String
        public var to: String
        public var type: RelationshipType
        public var period: Period?
        public var source: String
        public var note: [Language: String]?
    }

    public struct Event: Codable, Sendable, Hashable {
        public var id: String
        public var date: String
        public var text: [Language: String]
        public var source: String?
    }

    public var id: String
    public var status: CaseStatus?
    public var publication: PublicationLevel?
    public var restrictedTo: [Role]?
    public var origin: CaseOrigin
    public var sourceLanguage: Language?
    public var title: [Language: String]
    public var summary: [Language: String]
    public var analysis: [Language: String]?
    public var period: Period?
    public var regions: [String]?
    public var countries: [String]?
    public var markets: [CrimeMarket]?
    public var form: NexusForm
    public var stage: NexusStage
    public var factors: [EnablingFactor]?
    public var watchPoints: [WatchPoint]?
    public var practices: [String]?
    public var instruments: [String]?
    public var sources: [CaseSource]?
    public var actors: [Actor]?
    public var relationships: [Relationship]?
    public var events: [Event]?

    /// What is wrong with a file's fields that its JSON shape does not already say.
    public struct Unreadable: Error, Sendable, Hashable, CustomStringConvertible {
        public let field: String
        public let value: String
        public var description: String { "\(field): \"\(value)\" cannot be read" }
    }

    /// The case the file describes; its dates and countries must be readable. Whether it
    /// may be saved is ``CaseValidation``'s to say.
    public func record() throws -> NexusCase {
        let source = sourceLanguage ?? .source
        func text(_ map: [Language: String]?) -> TranslatableText {
            var field = TranslatableText()
            guard let map else { return field }
            if let original = map[source] { field.set(original, in: source, source: source) }
            for (language, value) in map.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where language != source {
                field.set(value, in: language, source: source)
            }
            return field
        }
        func date(_ value: String?, _ field: String) throws -> PartialDate? {
            guard let value else { return nil }
            guard let date = PartialDate(value) else { throw Unreadable(field: field, value: value) }
            return date
        }
        let countries = try (countries ?? []).map { code in
            guard let country = CountryCode(code) else { throw Unreadable(field: "countries", value: code) }
            return country
        }
        let caseActors: [CaseActor] = try (actors ?? []).map { actor in
            CaseActor(
                id: actor.id, type: actor.type, alias: text(actor.alias), size: actor.size, region: actor.region.map { RegionID($0) },
                activeFrom: try date(actor.active?.start, "actors.\(actor.id).active.start"),
                activeTo: try date(actor.active?.end, "actors.\(actor.id).active.end"))
        }
        let caseRelationships: [CaseRelationship] = try (relationships ?? []).map { relation in
            CaseRelationship(
                id: relation.id, from: relation.from, to: relation.to, type: relation.type,
                start: try date(relation.period?.start, "relationships.\(relation.id).period.start"),
                end: try date(relation.period?.end, "relationships.\(relation.id).period.end"), source: relation.source,
                note: text(relation.note))
        }
        let caseEvents: [CaseEvent] = try (events ?? []).map { event in
            guard let day = PartialDate(event.date) else { throw Unreadable(field: "events.\(event.id).date", value: event.date) }
            return CaseEvent(id: event.id, date: day, text: text(event.text), source: event.source)
        }
        let start = try date(period?.start, "period.start")
        let end = try date(period?.end, "period.end")
        return NexusCase(
            id: CaseID(id), status: status ?? .published, publication: publication ?? .public, restrictedTo: Set(restrictedTo ?? []),
            origin: origin, sourceLanguage: source, title: text(title), summary: text(summary), analysis: text(analysis),
            periodStart: start, periodEnd: end, regions: (regions ?? []).map { RegionID($0) }, countries: countries,
            markets: markets ?? [], form: form, stage: stage, factors: factors ?? [], watchPoints: watchPoints ?? [],
            practices: practices ?? [], instruments: instruments ?? [], sources: sources ?? [], actors: caseActors,
            relationships: caseRelationships, events: caseEvents)
    }
}
