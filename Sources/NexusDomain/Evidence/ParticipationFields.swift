/// A participation count as named text fields: the columns of the CSV layout and the
/// cells of the web form.
public enum ParticipationFields {
    /// The columns, in the order exports write them.
    public static let columns = ["meeting", "category", "country", "count"]
    /// The columns a file must have.
    public static let requiredColumns: Set<String> = ["meeting", "category", "count"]
    /// The largest count accepted: more than any consultation, less than a typing slip.
    public static let maximumCount = 100_000

    /// Reads a count from its fields, with every problem found.
    public static func count(
        from values: [String: String], references: EvidenceReferences
    ) -> Result<ParticipationCount, Rejected<EvidenceProblem>> {
        var problems: [EvidenceProblem] = []
        func value(_ name: String) -> String { values[name]?.trimmingWhitespace() ?? "" }
        let meeting = value("meeting")
        if meeting.isEmpty {
            problems.append(EvidenceProblem("meeting", .missing))
        } else if references.meetingRegions[meeting] == nil {
            problems.append(EvidenceProblem("meeting", .unknownMeeting(meeting)))
        }
        let category = StakeholderCategory(rawValue: value("category").lowercased())
        if value("category").isEmpty {
            problems.append(EvidenceProblem("category", .missing))
        } else if category == nil {
            problems.append(
                EvidenceProblem(
                    "category",
                    .notAChoice(
                        value: value("category"), choices: StakeholderCategory.allCases.map(\.rawValue))))
        }
        let country = value("country").isEmpty ? nil : CountryCode(value("country"))
        if !value("country").isEmpty, country == nil {
            problems.append(EvidenceProblem("country", .unknownCountry(value("country").uppercased())))
        }
        let count = parseCount(value("count"))
        if value("count").isEmpty {
            problems.append(EvidenceProblem("count", .missing))
        } else if count == nil {
            problems.append(EvidenceProblem("count", .notACount(value("count"))))
        }
        guard problems.isEmpty, let category, let count else { return .failure(Rejected(problems)) }
        return .success(ParticipationCount(meeting: MeetingID(meeting), category: category, country: country, count: count))
    }

    /// A whole number from 0 to ``maximumCount``; Arabic-Indic digits are read too.
    public static func parseCount(_ text: String) -> Int? {
        let digits = TextFolding.asciiDigits(text.trimmingWhitespace())
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits), (0...maximumCount).contains(value)
        else { return nil }
        return value
    }

    /// A count as its fields, for exports.
    public static func values(of count: ParticipationCount) -> [String: String] {
        [
            "meeting": count.meeting.rawValue, "category": count.category.rawValue, "country": count.country?.rawValue ?? "",
            "count": String(count.count),
        ]
    }
}

/// The rules for recording a participant by name.
public enum ParticipantRules {
    /// The longest name or organisation, in characters.
    public static let maximumLength = 200

    /// The problems with a participant record; `consented` is the consent box.
    public static func problems(with participant: NamedParticipant, consented: Bool) -> [EvidenceProblem] {
        var problems: [EvidenceProblem] = []
        if participant.name.trimmingWhitespace().isEmpty { problems.append(EvidenceProblem("name", .missing)) }
        if participant.name.count > maximumLength { problems.append(EvidenceProblem("name", .tooLong(maximum: maximumLength))) }
        if participant.organisation.count > maximumLength {
            problems.append(EvidenceProblem("organisation", .tooLong(maximum: maximumLength)))
        }
        if !consented {
            problems.append(EvidenceProblem("consent", .consentRequired))
        } else if !isDay(participant.consentDate) {
            problems.append(EvidenceProblem("consent_date", participant.consentDate.isEmpty ? .missing : .invalidDate(participant.consentDate)))
        }
        return problems
    }

    /// The country a person typed: `nil` when blank, a problem when it is no known code.
    public static func country(_ text: String) -> Result<CountryCode?, EvidenceProblem> {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return .success(nil) }
        guard let code = CountryCode(trimmed) else { return .failure(EvidenceProblem("country", .unknownCountry(trimmed.uppercased()))) }
        return .success(code)
    }

    /// Whether `text` is a real calendar day written `YYYY-MM-DD`.
    public static func isDay(_ text: String) -> Bool {
        guard text.count == 10, let date = PartialDate(text), date.day != nil else { return false }
        return true
    }
}
