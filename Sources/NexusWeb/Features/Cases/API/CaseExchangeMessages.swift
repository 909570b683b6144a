import NexusDomain
import NexusLocalization

/// The problems of a STIX import, and of the cases it describes, in the reader's words.
enum CaseExchangeMessages {
    /// Where a problem is, as the answer names it: the object's identifier (and the case's
    /// field, for a case that fails validation), `objects[3]`, or `bundle`.
    static func field(_ problem: STIXImport.Problem) -> String {
        let place = problem.place ?? "bundle"
        if case .invalidCase(let invalid) = problem.kind { return place + "/" + invalid.field }
        return place
    }

    static func text(_ kind: STIXImport.Kind, _ t: Localizer) -> String {
        switch kind {
        case .notABundle: t(.stixNotABundle)
        case .invalidObject: t(.stixInvalidObject)
        case .brokenReference(let target): t(.stixBrokenReference, ["target": Localizer.isolated(target)])
        case .noReports: t(.stixNoReports)
        case .noForm: t(.stixNoForm)
        case .noStage: t(.stixNoStage)
        case .unsupportedLanguage(let code): t(.stixUnsupportedLanguage, ["value": Localizer.isolated(code)])
        case .unreadableValue(let property, let value):
            t(.stixUnreadableValue, ["property": Localizer.isolated(property), "value": Localizer.isolated(value)])
        case .duplicateCase(let id): t(.stixDuplicateCase, ["id": Localizer.isolated(id.rawValue)])
        case .invalidCase(let problem): CaseMessages.text(problem, t)
        }
    }
}
