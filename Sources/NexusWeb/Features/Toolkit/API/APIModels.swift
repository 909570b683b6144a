import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization
/// The JSON shapes of the API, as `openapi.json` describes them.
enum APIModels {
    struct ThemeRef: Encodable, Sendable {
        let letter: String
        let slug: String
        let title: String
    }

    struct Link: Encodable, Sendable {
        let slug: String
        let title: String
        let url: String
    }

    struct PracticeSummary: Encodable, Sendable {
        @Nullable var number: Int?
        let slug: String
        let theme: ThemeRef
        let title: String
        let summary: String
        let status: String
        let url: String
    }

    struct PracticeList: Encodable, Sendable {
        let language: String
        let practices: [PracticeSummary]
        let missingNumbers: [Int]
    }

    struct LinkedItems: Encodable, Sendable {
        let basis: String
        let items: [Link]
    }

    /// A practice with everything its page shows: the summary's fields, then the details,
    /// in one flat JSON object.
    struct PracticeDetail: Encodable, Sendable {
        let summary: PracticeSummary
        let details: Details

        struct Details: Encodable, Sendable {
            let language: String
            let textLanguage: String
            let isFallback: Bool
            let isStale: Bool
            let body: String
            let keyActions: [String]
            let keyActors: [Link]
            @Nullable var keyActorsNote: String?
            let standards: LinkedItems
            let initiatives: LinkedItems
            let related: [PracticeSummary]
            @Nullable var statusNote: String?
            let sources: [String]
        }

        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            try details.encode(to: encoder)
        }
    }

    struct Theme: Encodable, Sendable {
        let letter: String
        let slug: String
        let title: String
        let summary: String
        let status: String
        let practices: [String]
        let url: String
    }

    struct Instrument: Encodable, Sendable {
        let slug: String
        let title: String
        @Nullable var shortTitle: String?
        let year: Int
        let kind: String
        @Nullable var issuer: String?
        let summary: String
        let status: String
        let officialUrl: String
        let citedBy: [String]
        let url: String
    }

    struct Actor: Encodable, Sendable {
        let slug: String
        let title: String
        let summary: String
        let practices: [String]
        let url: String
    }

    struct Initiative: Encodable, Sendable {
        let slug: String
        let title: String
        @Nullable var organisation: String?
        @Nullable var started: Int?
        @Nullable var ended: Int?
        @Nullable var coverage: String?
        let summary: String
        let officialUrl: String
        let practices: [String]
        let url: String
    }

    struct ConceptSection: Encodable, Sendable {
        let slug: String
        let group: String
        let title: String
        let summary: String
        let body: String
        let status: String
        @Nullable var statusNote: String?
        let sources: [String]
        let url: String
    }

    struct Themes: Encodable, Sendable {
        let language: String
        let themes: [Theme]
    }
    struct Instruments: Encodable, Sendable {
        let language: String
        let instruments: [Instrument]
    }
    struct Actors: Encodable, Sendable {
        let language: String
        let actors: [Actor]
    }
    struct Initiatives: Encodable, Sendable {
        let language: String
        let initiatives: [Initiative]
    }
    struct Concept: Encodable, Sendable {
        let language: String
        let sections: [ConceptSection]
    }

    /// The body of every error answer.
    struct ErrorBody: Encodable, Sendable {
        struct Detail: Encodable, Sendable {
            let status: Int
            let code: String
            let message: String
        }
        let error: Detail
    }
}
