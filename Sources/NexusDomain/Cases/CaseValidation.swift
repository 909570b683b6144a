import Foundation

/// The rules a case must meet to be saved: identifiers, references to the toolkit, the
/// network's consistency, lengths, dates and links. Every problem is reported, not just
/// the first.
public enum CaseValidation {
    /// The longest title, alias and note, in characters.
    public static let maximumTitle = 200
    public static let maximumAlias = 80
    public static let maximumNote = 1000
    /// The longest summary or analysis, in characters, per language.
    public static let maximumNarrative = 20_000
    public static let maximumCitation = 1000
    /// The most actors a case may have: the network view stays readable up to about 40.
    public static let maximumActors = 60
    public static let maximumRelationships = 200
    public static let maximumEvents = 200
    /// Words the case library's addresses use after `/cases/`, which no case may take as
    /// its identifier.
    public static let reservedIdentifiers: Set<String> = ["new", "import", "stix"]

    /// Every problem with `record`.
    public static func problems(with record: NexusCase, references: CaseReferences) -> [CaseProblem] {
        var problems: [CaseProblem] = []
        if !record.id.rawValue.isValidSlug || reservedIdentifiers.contains(record.id.rawValue) {
            problems.append(CaseProblem("id", .invalidIdentifier(record.id.rawValue)))
        }
        if record.title.isEmpty { problems.append(CaseProblem("title", .missing)) }
        if record.summary.isEmpty { problems.append(CaseProblem("summary", .missing)) }
        problems += lengths(record)
        if let start = record.periodStart, let end = record.periodEnd, end < start {
            problems.append(CaseProblem("period", .endBeforeStart))
        }
        for region in record.regions where !references.regions.contains(region.rawValue) {
            problems.append(CaseProblem("regions", .unknownReference(region.rawValue)))
        }
        for practice in record.practices where !references.practices.contains(practice) {
            problems.append(CaseProblem("practices", .unknownReference(practice)))
        }
        for instrument in record.instruments where !references.instruments.contains(instrument) {
            problems.append(CaseProblem("instruments", .unknownReference(instrument)))
        }
        if record.status == .published, record.sources.isEmpty { problems.append(CaseProblem("sources", .noSources)) }
        problems += parts(record, references: references)
        return problems
    }

    private static func lengths(_ record: NexusCase) -> [CaseProblem] {
        var problems: [CaseProblem] = []
        for (field, text) in record.texts {
            let maximum =
                switch field {
                case "title": maximumTitle
                case "summary", "analysis": maximumNarrative
                case _ where field.hasSuffix(".alias"): maximumAlias
                default: maximumNote
                }
            if text.versions.values.contains(where: { $0.text.count > maximum }) {
                problems.append(CaseProblem(field, .tooLong(maximum: maximum)))
            }
        }
        return problems
    }

    private static func parts(_ record: NexusCase, references: CaseReferences) -> [CaseProblem] {
        var problems: [CaseProblem] = []
        func identifiers(_ ids: [String], _ field: String) -> Set<String> {
            var seen = Set<String>()
            for id in ids {
                if !id.isValidSlug { problems.append(CaseProblem(field, .invalidIdentifier(id))) }
                if !seen.insert(id).inserted { problems.append(CaseProblem(field, .duplicate(id))) }
            }
            return seen
        }
        let actors = identifiers(record.actors.map(\.id), "actors")
        let sources = identifiers(record.sources.map(\.id), "sources")
        _ = identifiers(record.relationships.map(\.id), "relationships")
        _ = identifiers(record.events.map(\.id), "events")
        if record.actors.count > maximumActors { problems.append(CaseProblem("actors", .tooMany(maximum: maximumActors))) }
        if record.relationships.count > maximumRelationships {
            problems.append(CaseProblem("relationships", .tooMany(maximum: maximumRelationships)))
        }
        if record.events.count > maximumEvents { problems.append(CaseProblem("events", .tooMany(maximum: maximumEvents))) }
        for actor in record.actors {
            let field = "actors.\(actor.id)"
            if actor.alias.isEmpty { problems.append(CaseProblem(field + ".alias", .missing)) }
            if let region = actor.region, !references.regions.contains(region.rawValue) {
                problems.append(CaseProblem(field + ".region", .unknownReference(region.rawValue)))
            }
            if let from = actor.activeFrom, let to = actor.activeTo, to < from { problems.append(CaseProblem(field, .endBeforeStart)) }
        }
        for relation in record.relationships {
            let field = "relationships.\(relation.id)"
            if !actors.contains(relation.from) { problems.append(CaseProblem(field + ".from", .unknownPart(relation.from))) }
            if !actors.contains(relation.to) { problems.append(CaseProblem(field + ".to", .unknownPart(relation.to))) }
            if relation.from == relation.to { problems.append(CaseProblem(field, .selfRelation)) }
            if !sources.contains(relation.source) { problems.append(CaseProblem(field + ".source", .unknownPart(relation.source))) }
            if let start = relation.start, let end = relation.end, end < start { problems.append(CaseProblem(field, .endBeforeStart)) }
        }
        for event in record.events {
            let field = "events.\(event.id)"
            if event.text.isEmpty { problems.append(CaseProblem(field + ".text", .missing)) }
            if let source = event.source, !sources.contains(source) { problems.append(CaseProblem(field + ".source", .unknownPart(source))) }
        }
        for source in record.sources {
            let field = "sources.\(source.id)"
            if source.citation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(CaseProblem(field + ".citation", .missing))
            } else if source.citation.count > maximumCitation {
                problems.append(CaseProblem(field + ".citation", .tooLong(maximum: maximumCitation)))
            }
            if let url = source.url, !isWebAddress(url) { problems.append(CaseProblem(field + ".url", .invalidURL(url))) }
        }
        return problems
    }

    /// Whether `text` is an absolute `http(s)` address with a host.
    public static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }
}
