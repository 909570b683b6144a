/// Something a consultation taught about the nexus in a region: a manifestation, an
/// enabling factor, a challenge or a promising practice, with where it comes from.
public struct Finding: Sendable, Hashable, Identifiable {
    /// A stable identifier: a slug, given by the seed file or made when a finding is recorded.
    public var id: FindingID
    /// The meeting it was gathered at, if it came from one.
    public var meeting: MeetingID?
    /// The region it concerns.
    public var region: RegionID
    /// What it records.
    public var kind: FindingKind
    /// The form of the nexus it shows, when it shows one.
    public var nexusForm: NexusForm?
    /// The countries it names, sorted.
    public var countries: [CountryCode]
    /// The illicit markets involved.
    public var markets: [CrimeMarket]
    /// The enabling factors it names.
    public var factors: [EnablingFactor]
    /// The slugs of the good practices it informed.
    public var practices: [String]
    /// Where it comes from: a link or a citation.
    public var source: String
    /// How far the source bears it out.
    public var confidence: FindingConfidence
    /// Its text in each language it has been written in; at least one.
    public var texts: [Language: String]

    /// Creates a finding.
    public init(
        id: FindingID, meeting: MeetingID? = nil, region: RegionID, kind: FindingKind, nexusForm: NexusForm? = nil,
        countries: [CountryCode] = [], markets: [CrimeMarket] = [], factors: [EnablingFactor] = [],
        practices: [String] = [], source: String, confidence: FindingConfidence, texts: [Language: String]
    ) {
        self.id = id
        self.meeting = meeting
        self.region = region
        self.kind = kind
        self.nexusForm = nexusForm
        self.countries = countries
        self.markets = markets
        self.factors = factors
        self.practices = practices
        self.source = source
        self.confidence = confidence
        self.texts = texts
    }

    /// The text for a reader of `language`: theirs if written, else English, else the
    /// first language it has, with the language it is in.
    public func text(for language: Language) -> (text: String, language: Language) {
        for candidate in [language, .source] + Language.allCases {
            if let text = texts[candidate], !text.isEmpty { return (text, candidate) }
        }
        return ("", language)
    }

    /// The same finding with its lists in one canonical order and duplicates removed,
    /// so that two records that say the same thing compare equal.
    public var normalized: Finding {
        var copy = self
        copy.countries = Array(Set(countries)).sorted()
        copy.markets = CrimeMarket.allCases.filter(markets.contains)
        copy.factors = EnablingFactor.allCases.filter(factors.contains)
        copy.practices = Array(Set(practices)).sorted()
        copy.texts = texts.filter { !$0.value.isEmpty }
        return copy
    }
}
