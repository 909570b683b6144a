/// What the case library is browsed by. Each case stores its values per facet, and the
/// library filters by them and counts them.
public enum CaseFacet: String, CaseIterable, Sendable, Codable, Hashable {
    case region
    case country
    case market
    case form
    case stage
    case practice
    case instrument
    case year
    case origin
    /// The languages the case has a title in.
    case language

    /// The facets the library shows as filters, in order.
    public static let browsable: [CaseFacet] = [.region, .country, .market, .form, .stage, .practice, .year]

    /// The values `record` has for this facet.
    public func values(of record: NexusCase) -> [String] {
        switch self {
        case .region: record.regions.map(\.rawValue)
        case .country: record.countries.map(\.rawValue)
        case .market: record.markets.map(\.rawValue)
        case .form: [record.form.rawValue]
        case .stage: [record.stage.rawValue]
        case .practice: record.practices
        case .instrument: record.instruments
        case .year: record.years.map(String.init)
        case .origin: [record.origin.rawValue]
        case .language: record.languages.map(\.rawValue).sorted()
        }
    }

    /// Whether `value` is one this facet can take (a known word, a country code, a year);
    /// slugs of regions, practices and instruments are checked only for their shape.
    public func accepts(_ value: String) -> Bool {
        switch self {
        case .region, .practice, .instrument: value.isValidSlug
        case .country: CountryCode(value) != nil
        case .market: CrimeMarket(rawValue: value) != nil
        case .form: NexusForm(rawValue: value) != nil
        case .stage: NexusStage(rawValue: value) != nil
        case .year: Int(value).map { (1900...2200).contains($0) } ?? false
        case .origin: CaseOrigin(rawValue: value) != nil
        case .language: Language(rawValue: value) != nil
        }
    }
}

/// A choice of facet values: a case matches when it has every one.
public struct CaseFilter: Sendable, Hashable {
    /// The chosen value of each facet.
    public var values: [CaseFacet: String]

    /// Creates a filter.
    public init(_ values: [CaseFacet: String] = [:]) {
        self.values = values
    }

    /// Reads a filter from query parameters named as the facets, ignoring blank ones;
    /// the facets whose values are not acceptable are returned as the failure.
    public static func parse(_ query: [String: String]) -> Result<CaseFilter, Rejected<CaseFacet>> {
        var values: [CaseFacet: String] = [:]
        var wrong: [CaseFacet] = []
        for facet in CaseFacet.allCases {
            guard let raw = query[facet.rawValue]?.trimmingWhitespace(), !raw.isEmpty else { continue }
            let value = facet == .country ? raw.uppercased() : raw.lowercased()
            if facet.accepts(value) { values[facet] = value } else { wrong.append(facet) }
        }
        return wrong.isEmpty ? .success(CaseFilter(values)) : .failure(Rejected(wrong))
    }
}
