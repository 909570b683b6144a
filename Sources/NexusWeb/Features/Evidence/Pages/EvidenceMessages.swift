import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// Evidence problems in the reader's words.
enum EvidenceMessages {
    static func text(_ kind: EvidenceProblem.Kind, _ t: Localizer) -> String {
        switch kind {
        case .missing: t(.problemMissing)
        case .tooLong(let maximum): t(.problemTooLong, ["maximum": String(maximum)])
        case .notAChoice(let value, let choices):
            t(.problemNotAChoice, ["value": Localizer.isolated(value), "choices": choices.joined(separator: ", ")])
        case .unknownRegion(let value): t(.problemUnknownRegion, ["value": Localizer.isolated(value)])
        case .unknownMeeting(let value): t(.problemUnknownMeeting, ["value": Localizer.isolated(value)])
        case .meetingInOtherRegion(let meeting, let region):
            t(.problemMeetingInOtherRegion, ["meeting": Localizer.isolated(meeting), "region": Localizer.isolated(region)])
        case .unknownPractice(let value): t(.problemUnknownPractice, ["value": Localizer.isolated(value)])
        case .unknownCountry(let value): t(.problemUnknownCountry, ["value": Localizer.isolated(value)])
        case .invalidIdentifier(let value): t(.problemInvalidIdentifier, ["value": Localizer.isolated(value)])
        case .notACount(let value): t(.problemNotACount, ["value": Localizer.isolated(value)])
        case .invalidDate(let value): t(.problemInvalidDate, ["value": Localizer.isolated(value)])
        case .consentRequired: t(.problemConsentRequired)
        case .duplicate(let line): t(.problemDuplicate, ["line": line])
        case .noText: t(.problemNoText)
        }
    }

    static func text(_ kind: CSVProblem.Kind, _ t: Localizer) -> String {
        switch kind {
        case .field(let problem): text(problem, t)
        case .notCSV(.empty): t(.problemCSVEmpty)
        case .notCSV: t(.problemCSVQuote)
        case .missingColumn: t(.problemMissingColumn)
        case .unknownColumn: t(.problemUnknownColumn)
        case .noRecords: t(.problemNoRecords)
        case .tooManyRecords(let maximum): t(.problemTooManyRecords, ["maximum": String(maximum)])
        }
    }

    /// "Line 4, column “region”: there is no region “sahara”".
    static func line(_ problem: CSVProblem, _ t: Localizer) -> String {
        let message = text(problem.kind, t)
        guard let column = problem.column else { return t(.importProblemLine, ["line": String(problem.line), "problem": message]) }
        return t(.importProblemAt, ["line": String(problem.line), "column": Localizer.isolated(column), "problem": message])
    }

    /// A field's label and its problem, for the errors above a form.
    static func field(_ problem: EvidenceProblem, label: String, _ t: Localizer) -> String {
        "\(label): \(text(problem.kind, t))"
    }
}
