import NexusDomain
import NexusLocalization

/// A scenario's problems in the reader's words, each with the JSON path it concerns.
enum ScenarioMessages {
    /// What is wrong, without the place.
    static func text(_ problem: ScenarioProblem, _ t: Localizer) -> String {
        let value = { (text: String) in ["value": Localizer.isolated(text)] }
        switch problem.kind {
        case .missing: return t(.problemMissing)
        case .tooLong(let maximum): return t(.problemTooLong, ["maximum": t.number(maximum)])
        case .invalidIdentifier(let id): return t(.problemInvalidIdentifier, value(id))
        case .duplicate(let id): return t(.problemDuplicateID, value(id))
        case .unknownPractice(let slug): return t(.problemUnknownPractice, value(slug))
        case .unknownActorType(let slug): return t(.problemUnknownActorType, value(slug))
        case .unknownObjective(let id): return t(.problemUnknownObjective, value(id))
        case .unknownVariable(let name): return t(.problemUnknownVariable, value("{{\(name)}}"))
        case .outOfRange(let minimum, let maximum):
            return t(.problemOutOfRange, ["minimum": t.number(minimum), "maximum": t.number(maximum)])
        case .tooMany(let maximum): return t(.problemTooMany, ["maximum": t.number(maximum)])
        case .tooFewOptions: return t(.problemTooFewOptions)
        case .unreadable(let what): return t(.problemUnreadable, value(what))
        case .unsupportedVersion(let version): return t(.problemUnsupportedVersion, value(String(version)))
        case .shape(let shape): return t(shapeKey(shape))
        }
    }

    private static func shapeKey(_ shape: ScenarioProblem.Shape) -> UIKey {
        switch shape {
        case .notJSON: .problemNotJSON
        case .notObject, .expectedObject: .problemExpectedObject
        case .notList: .problemExpectedList
        case .unknownField: .problemUnknownField
        case .expectedText: .problemExpectedText
        case .expectedNumber: .problemExpectedNumber
        case .expectedBoolean: .problemExpectedBoolean
        case .wrongFormat: .problemWrongFormat
        }
    }

    /// "$.scenario.phases[1].title: this field is required".
    static func line(_ problem: ScenarioProblem, _ t: Localizer) -> String {
        "\(Localizer.isolated(problem.path)): \(text(problem, t))"
    }
}
