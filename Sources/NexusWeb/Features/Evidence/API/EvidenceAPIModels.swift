import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering

/// The JSON shapes of the evidence endpoints, as `openapi.json` describes them.
enum EvidenceAPIModels {
    struct MeetingSummary: Encodable, Sendable {
        let slug: String
        let title: String
        let summary: String
        let region: String
        let country: String
        let city: String
        let start: String
        @Nullable var end: String?
        @Nullable var partners: String?
        let themes: [String]
        let status: String
        let url: String
    }

    struct MeetingList: Encodable, Sendable {
        let language: String
        let meetings: [MeetingSummary]
    }

    struct MeetingDetail: Encodable, Sendable {
        let language: String
        let meeting: MeetingSummary
        @Nullable var otherThemes: String?
        let agenda: [String]
        let documents: [String]
        let sources: [String]
        let participation: [Count]
        let findings: [FindingOut]
    }

    /// A participation count as answers carry it: `country` is `null`, not left out, for a
    /// count that is not by country, as every count has the same keys.
    struct Count: Encodable, Sendable {
        let category: String
        @Nullable var country: String?
        let count: Int
    }

    /// A participation count as a client sends it: `country` may be left out.
    struct CountIn: Decodable, Sendable {
        let category: String
        var country: String?
        let count: Int
    }

    struct Participation: Encodable, Sendable {
        let meeting: MeetingID
        let counts: [Count]
    }

    struct ParticipationIn: Decodable, Sendable {
        let counts: [CountIn]
    }

    struct FindingOut: Encodable, Sendable {
        let id: FindingID
        @Nullable var meeting: MeetingID?
        let region: RegionID
        let kind: String
        @Nullable var nexusForm: String?
        let countries: [CountryCode]
        let crimeMarkets: [String]
        let enablingFactors: [String]
        let practices: [String]
        let source: String
        let confidence: String
        /// The text in the language asked for, or the one it is written in.
        let text: String
        let textLanguage: String
        /// Every language it is written in.
        let texts: [String: String]
        let url: String

        init(_ finding: Finding, language: Language) {
            id = finding.id
            meeting = finding.meeting
            region = finding.region
            kind = finding.kind.rawValue
            nexusForm = finding.nexusForm?.rawValue
            countries = finding.countries
            crimeMarkets = finding.markets.map(\.rawValue)
            enablingFactors = finding.factors.map(\.rawValue)
            practices = finding.practices
            source = finding.source
            confidence = finding.confidence.rawValue
            let (text, written) = finding.text(for: language)
            self.text = text
            textLanguage = written.code
            texts = Dictionary(uniqueKeysWithValues: finding.texts.map { ($0.key.code, $0.value) })
            url = Route.evidence(.page(language, .finding(finding.id))).path
        }
    }

    struct FindingList: Encodable, Sendable {
        let language: String
        let total: Int
        let findings: [FindingOut]
    }

    struct FindingSingle: Encodable, Sendable {
        let language: String
        let finding: FindingOut
    }

    /// A finding as a client sends it; lists may be left out.
    struct FindingIn: Decodable, Sendable {
        var id: String?
        var meeting: String?
        var region: String
        var kind: String
        var nexusForm: String?
        var countries: [String]?
        var crimeMarkets: [String]?
        var enablingFactors: [String]?
        var practices: [String]?
        var source: String
        var confidence: String
        var texts: [String: String]

        /// The fields as the CSV layout names them, so that one decoder checks both.
        var fields: [String: String] {
            var values = [
                "id": id ?? "", "meeting": meeting ?? "", "region": region, "kind": kind, "nexus_form": nexusForm ?? "",
                "countries": EvidenceLists.join(countries ?? []), "crime_markets": EvidenceLists.join(crimeMarkets ?? []),
                "enabling_factors": EvidenceLists.join(enablingFactors ?? []), "practices": EvidenceLists.join(practices ?? []),
                "source": source, "confidence": confidence,
            ]
            for (code, text) in texts { values["text_" + code] = text }
            return values
        }
    }

    /// A meeting as a client sends it: the English text and the structure.
    struct MeetingIn: Decodable, Sendable {
        var slug: String?
        var title: String
        var summary: String
        var region: String
        var country: String
        var city: String
        var start: String
        var end: String?
        var partners: String?
        var themes: [String]?
        var otherThemes: String?
        var agenda: [String]?
        var documents: [String]?
        var sources: [String]?
        var status: String?
        var body: String?
    }

    struct Problem: Encodable, Sendable {
        let field: String
        let message: String
    }

    struct Problems: Encodable, Sendable {
        struct Body: Encodable, Sendable {
            let status: Int
            let code: String
            let message: String
            let problems: [Problem]
        }

        let error: Body
    }
}
