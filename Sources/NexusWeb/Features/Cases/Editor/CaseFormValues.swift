import Foundation
import NexusDomain

/// A case form as text, the way the browser sends it and gets it back: what was typed is
/// shown again unchanged when something in it is wrong. Rows of actors, relationships,
/// sources and events are flat fields (`actor-2-alias`), since the form works without
/// script: adding a row sends the form and gets it back one row longer.
struct CaseFormValues: Sendable, Hashable {
    struct SourceRow: Sendable, Hashable {
        var id = ""
        var citation = ""
        var url = ""
        var reliability = ""
        var credibility = ""
        var remove = false
    }

    struct ActorRow: Sendable, Hashable {
        var id = ""
        var type = ""
        var alias = ""
        var size = ""
        var region = ""
        var from = ""
        var to = ""
        var remove = false
    }

    struct RelationRow: Sendable, Hashable {
        var id = ""
        var from = ""
        var type = ""
        var to = ""
        var start = ""
        var end = ""
        var source = ""
        var note = ""
        var remove = false
    }

    struct EventRow: Sendable, Hashable {
        var id = ""
        var date = ""
        var text = ""
        var source = ""
        var remove = false
    }

    /// The rows a form can grow by.
    enum Rows: String, CaseIterable, Sendable {
        case source, actor, relation, event

        /// The first letter of the identifiers new rows get (`a4`, `r7`).
        var prefix: String {
            switch self {
            case .source: "s"
            case .actor: "a"
            case .relation: "r"
            case .event: "e"
            }
        }
    }

    var id = ""
    var revision: Int?
    var sourceLanguage: Language = .source
    /// The language the texts in the form are written in.
    var textLanguage: Language = .source
    var status = CaseStatus.draft.rawValue
    var publication = PublicationLevel.public.rawValue
    var restrictedTo: [String] = []
    var origin = ""
    var title = ""
    var summary = ""
    var analysis = ""
    var periodStart = ""
    var periodEnd = ""
    var regions: [String] = []
    var countries = ""
    var markets: [String] = []
    var form = ""
    var stage = ""
    var factors: [String] = []
    var watchPoints: [String] = []
    var practices: [String] = []
    var instruments: [String] = []
    var sources: [SourceRow] = []
    var actors: [ActorRow] = []
    var relations: [RelationRow] = []
    var events: [EventRow] = []

    /// A blank form for a new case written in `language`, with one empty row of each kind.
    static func blank(in language: Language) -> CaseFormValues {
        var values = CaseFormValues(sourceLanguage: language, textLanguage: language)
        for rows in Rows.allCases { values.addRow(rows) }
        return values
    }

    /// The form of a stored case, its texts in `language`.
    init(_ stored: StoredCase, textLanguage language: Language) {
        let record = stored.record
        func text(_ field: TranslatableText) -> String { field[language] ?? "" }
        id = record.id.rawValue
        revision = stored.revision
        sourceLanguage = record.sourceLanguage
        textLanguage = language
        status = record.status.rawValue
        publication = record.publication.rawValue
        restrictedTo = record.restrictedTo.map(\.rawValue).sorted()
        origin = record.origin.rawValue
        title = text(record.title)
        summary = text(record.summary)
        analysis = text(record.analysis)
        periodStart = record.periodStart?.description ?? ""
        periodEnd = record.periodEnd?.description ?? ""
        regions = record.regions.map(\.rawValue)
        countries = record.countries.map(\.rawValue).joined(separator: ", ")
        markets = record.markets.map(\.rawValue)
        form = record.form.rawValue
        stage = record.stage.rawValue
        factors = record.factors.map(\.rawValue)
        watchPoints = record.watchPoints.map(\.rawValue)
        practices = record.practices
        instruments = record.instruments
        sources = record.sources.map {
            SourceRow(
                id: $0.id, citation: $0.citation, url: $0.url ?? "", reliability: $0.grade.reliability.rawValue,
                credibility: String($0.grade.credibility.rawValue))
        }
        actors = record.actors.map {
            ActorRow(
                id: $0.id, type: $0.type.rawValue, alias: text($0.alias), size: $0.size?.rawValue ?? "",
                region: $0.region?.rawValue ?? "", from: $0.activeFrom?.description ?? "", to: $0.activeTo?.description ?? "")
        }
        relations = record.relationships.map {
            RelationRow(
                id: $0.id, from: $0.from, type: $0.type.rawValue, to: $0.to, start: $0.start?.description ?? "",
                end: $0.end?.description ?? "", source: $0.source, note: text($0.note))
        }
        events = record.events.map { EventRow(id: $0.id, date: $0.date.description, text: text($0.text), source: $0.source ?? "") }
    }

    init(
        id: String = "", sourceLanguage: Language = .source, textLanguage: Language = .source
    ) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.textLanguage = textLanguage
    }

    /// Adds an empty row with an identifier no row of its kind has.
    mutating func addRow(_ rows: Rows) {
        let used: [String] =
            switch rows {
            case .source: sources.map(\.id)
            case .actor: actors.map(\.id)
            case .relation: relations.map(\.id)
            case .event: events.map(\.id)
            }
        let highest = used.compactMap { id in id.hasPrefix(rows.prefix) ? Int(id.dropFirst(rows.prefix.count)) : nil }.max() ?? 0
        var number = max(highest, used.count) + 1
        while used.contains(rows.prefix + String(number)) { number += 1 }
        let id = rows.prefix + String(number)
        switch rows {
        case .source: sources.append(SourceRow(id: id, reliability: "F", credibility: "6"))
        case .actor: actors.append(ActorRow(id: id))
        case .relation: relations.append(RelationRow(id: id))
        case .event: events.append(EventRow(id: id))
        }
    }

    /// The form without the rows marked for removal and without rows left blank.
    var withoutDroppedRows: CaseFormValues {
        var copy = self
        copy.sources.removeAll { $0.remove || ($0.citation.isEmpty && $0.url.isEmpty) }
        copy.actors.removeAll { $0.remove || ($0.alias.isEmpty && $0.from.isEmpty && $0.to.isEmpty) }
        copy.relations.removeAll { $0.remove || ($0.from.isEmpty && $0.to.isEmpty && $0.note.isEmpty) }
        copy.events.removeAll { $0.remove || ($0.date.isEmpty && $0.text.isEmpty) }
        return copy
    }
}
