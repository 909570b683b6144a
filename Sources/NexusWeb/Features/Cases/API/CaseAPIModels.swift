import Foundation
import NexusDomain

/// The JSON shapes of the case API, as `openapi.json` documents them. Texts come in the
/// language asked for, or the one they are written in, which `language` fields say.
enum CaseAPIModels {
    struct List: Encodable {
        let total: Int
        let limit: Int
        let offset: Int
        let cases: [Summary]
    }

    struct Period: Encodable {
        let start: String?
        let end: String?
    }

    /// A text with the language it is in and whether it is a stale translation.
    struct Text: Encodable {
        let text: String
        let language: String
        let isStale: Bool

        init(_ field: TranslatableText, _ language: Language, source: Language) {
            let resolved = field.resolve(language, source: source)
            text = resolved.text
            self.language = resolved.language.code
            isStale = resolved.isStale
        }
    }

    struct Summary: Encodable {
        let id: String
        let title: Text
        let origin: String
        let isComposite: Bool
        let status: String
        let publication: String
        let period: Period
        let regions: [String]
        let countries: [String]
        let markets: [String]
        let form: String
        let stage: String
        let practices: [String]
        let languages: [String]
        let updatedAt: String

        init(_ stored: StoredCase, language: Language) {
            let record = stored.record
            id = record.id.rawValue
            title = Text(record.title, language, source: record.sourceLanguage)
            origin = record.origin.rawValue
            isComposite = record.origin == .composite
            status = record.status.rawValue
            publication = record.publication.rawValue
            period = Period(start: record.periodStart?.description, end: record.periodEnd?.description)
            regions = record.regions.map(\.rawValue)
            countries = record.countries.map(\.rawValue)
            markets = record.markets.map(\.rawValue)
            form = record.form.rawValue
            stage = record.stage.rawValue
            practices = record.practices
            languages = record.languages.map(\.code).sorted()
            updatedAt = stored.updatedAt.ISO8601Format()
        }
    }

    struct Actor: Encodable {
        let id: String
        let type: String
        let alias: Text
        let size: String?
        let region: String?
        let active: Period
    }

    struct Relationship: Encodable {
        let id: String
        let from: String
        let to: String
        let type: String
        let period: Period
        let source: String
        let note: Text?
    }

    struct Source: Encodable {
        let id: String
        let citation: String
        let url: String?
        let grade: String
    }

    struct Event: Encodable {
        let id: String
        let date: String
        let text: Text
        let source: String?
    }

    struct Detail: Encodable {
        let `case`: Summary
        let revision: Int
        let sourceLanguage: String
        let summary: Text
        let analysis: Text?
        let factors: [String]
        let watchPoints: [String]
        let instruments: [String]
        let staleFields: [String]
        let actors: [Actor]
        let relationships: [Relationship]
        let sources: [Source]
        let events: [Event]

        init(_ stored: StoredCase, language: Language) {
            let record = stored.record
            let source = record.sourceLanguage
            self.case = Summary(stored, language: language)
            revision = stored.revision
            sourceLanguage = source.code
            summary = Text(record.summary, language, source: source)
            analysis = record.analysis.isEmpty ? nil : Text(record.analysis, language, source: source)
            factors = record.factors.map(\.rawValue)
            watchPoints = record.watchPoints.map(\.rawValue)
            instruments = record.instruments
            staleFields = record.staleFields(in: language)
            actors = record.actors.map { actor in
                Actor(
                    id: actor.id, type: actor.type.rawValue, alias: Text(actor.alias, language, source: source),
                    size: actor.size?.rawValue, region: actor.region?.rawValue,
                    active: Period(start: actor.activeFrom?.description, end: actor.activeTo?.description))
            }
            relationships = record.relationships.map { relation in
                Relationship(
                    id: relation.id, from: relation.from, to: relation.to, type: relation.type.rawValue,
                    period: Period(start: relation.start?.description, end: relation.end?.description), source: relation.source,
                    note: relation.note.isEmpty ? nil : Text(relation.note, language, source: source))
            }
            sources = record.sources.map { Source(id: $0.id, citation: $0.citation, url: $0.url, grade: $0.grade.description) }
            events = record.events.map { event in
                Event(
                    id: event.id, date: event.date.description, text: Text(event.text, language, source: source),
                    source: event.source)
            }
        }
    }
}
