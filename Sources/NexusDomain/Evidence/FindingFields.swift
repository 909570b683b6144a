/// A finding as named text fields: the columns of the CSV layout and the fields of the
/// web form. Decoding checks every field and reports every problem, not just the first.
public enum FindingFields {
    /// The columns, in the order exports write them.
    public static let columns =
        [
            "id", "meeting", "region", "kind", "nexus_form", "countries", "crime_markets", "enabling_factors",
            "practices", "confidence", "source",
        ] + Language.allCases.map(textColumn)

    /// The columns a file must have; the others may be left out.
    public static let requiredColumns: Set<String> = ["region", "kind", "confidence", "source"]

    /// The longest text, in characters, per language.
    public static let maximumTextLength = 4000
    /// The longest source citation, in characters.
    public static let maximumSourceLength = 1000

    /// The column holding the text in `language`.
    public static func textColumn(_ language: Language) -> String { "text_\(language.code)" }

    /// Reads a finding from its fields. A blank `id` gets `newID()`; blank optional fields
    /// are empty. Returns every problem found, or the finding when there is none.
    public static func finding(
        from values: [String: String], references: EvidenceReferences, newID: () -> String
    ) -> Result<Finding, Rejected<EvidenceProblem>> {
        var problems: [EvidenceProblem] = []
        func value(_ name: String) -> String { values[name]?.trimmingWhitespace() ?? "" }
        func choice<T: RawRepresentable & CaseIterable>(_ name: String, _: T.Type) -> T? where T.RawValue == String {
            let text = value(name)
            if text.isEmpty { return nil }
            guard let parsed = T(rawValue: text.lowercased()) else {
                problems.append(EvidenceProblem(name, .notAChoice(value: text, choices: T.allCases.map(\.rawValue))))
                return nil
            }
            return parsed
        }
        func choices<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) -> [T] where T.RawValue == String {
            EvidenceLists.split(value(name)).compactMap { word in
                guard let parsed = T(rawValue: word.lowercased()) else {
                    problems.append(EvidenceProblem(name, .notAChoice(value: word, choices: T.allCases.map(\.rawValue))))
                    return nil
                }
                return parsed
            }
        }
        let kind = choice("kind", FindingKind.self)
        if value("kind").isEmpty { problems.append(EvidenceProblem("kind", .missing)) }
        let confidence = choice("confidence", FindingConfidence.self)
        if value("confidence").isEmpty { problems.append(EvidenceProblem("confidence", .missing)) }
        let nexusForm = choice("nexus_form", NexusForm.self)
        let markets = choices("crime_markets", CrimeMarket.self)
        let factors = choices("enabling_factors", EnablingFactor.self)
        let countries = EvidenceLists.split(value("countries")).compactMap { word -> CountryCode? in
            guard let code = CountryCode(word) else {
                problems.append(EvidenceProblem("countries", .unknownCountry(word.uppercased())))
                return nil
            }
            return code
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases where !value(textColumn(language)).isEmpty {
            texts[language] = value(textColumn(language))
        }
        let finding = Finding(
            id: FindingID(value("id").isEmpty ? newID() : value("id")),
            meeting: value("meeting").isEmpty ? nil : MeetingID(value("meeting")), region: RegionID(value("region")), kind: kind ?? .manifestation,
            nexusForm: nexusForm, countries: countries,
            markets: markets, factors: factors, practices: EvidenceLists.split(value("practices")),
            source: value("source"), confidence: confidence ?? .confirmed, texts: texts
        ).normalized
        problems += self.problems(with: finding, references: references)
        return problems.isEmpty ? .success(finding) : .failure(Rejected(problems))
    }

    /// The problems of a finding whose fields have their types: references to the toolkit,
    /// countries, lengths, and at least one text.
    private static func problems(with finding: Finding, references: EvidenceReferences) -> [EvidenceProblem] {
        var problems: [EvidenceProblem] = []
        if !finding.id.rawValue.isValidSlug { problems.append(EvidenceProblem("id", .invalidIdentifier(finding.id.rawValue))) }
        let region = finding.region.rawValue
        if region.isEmpty {
            problems.append(EvidenceProblem("region", .missing))
        } else if !references.regions.contains(region) {
            problems.append(EvidenceProblem("region", .unknownRegion(region)))
        }
        if let meeting = finding.meeting?.rawValue {
            if let meetingRegion = references.meetingRegions[meeting] {
                if meetingRegion != region, references.regions.contains(region) {
                    problems.append(EvidenceProblem("meeting", .meetingInOtherRegion(meeting: meeting, region: meetingRegion)))
                }
            } else {
                problems.append(EvidenceProblem("meeting", .unknownMeeting(meeting)))
            }
        }
        for practice in finding.practices where !references.practices.contains(practice) {
            problems.append(EvidenceProblem("practices", .unknownPractice(practice)))
        }
        if finding.source.trimmingWhitespace().isEmpty {
            problems.append(EvidenceProblem("source", .missing))
        } else if finding.source.count > maximumSourceLength {
            problems.append(EvidenceProblem("source", .tooLong(maximum: maximumSourceLength)))
        }
        if finding.texts.values.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
            problems.append(EvidenceProblem(textColumn(.source), .noText))
        }
        for (language, text) in finding.texts.sorted(by: { $0.key.code < $1.key.code }) where text.count > maximumTextLength {
            problems.append(EvidenceProblem(textColumn(language), .tooLong(maximum: maximumTextLength)))
        }
        return problems
    }

    /// A finding as its fields, lists joined with `;`, for exports and forms.
    public static func values(of finding: Finding) -> [String: String] {
        var values: [String: String] = [
            "id": finding.id.rawValue, "meeting": finding.meeting?.rawValue ?? "", "region": finding.region.rawValue,
            "kind": finding.kind.rawValue, "nexus_form": finding.nexusForm?.rawValue ?? "",
            "countries": EvidenceLists.join(finding.countries.map(\.rawValue)),
            "crime_markets": EvidenceLists.join(finding.markets.map(\.rawValue)),
            "enabling_factors": EvidenceLists.join(finding.factors.map(\.rawValue)),
            "practices": EvidenceLists.join(finding.practices), "confidence": finding.confidence.rawValue,
            "source": finding.source,
        ]
        for language in Language.allCases { values[textColumn(language)] = finding.texts[language] ?? "" }
        return values
    }
}

/// The lists inside one field: words separated by `;` (or `,`), spaces ignored.
public enum EvidenceLists {
    /// The words of a list field, blanks dropped.
    public static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Words joined as exports write them.
    public static func join(_ words: [String]) -> String { words.joined(separator: ";") }
}
