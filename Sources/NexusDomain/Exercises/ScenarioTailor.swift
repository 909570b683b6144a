import Foundation

/// Puts a tailoring's values into a scenario's texts. Texts name variables as `{{name}}`;
/// the renderer turns a text into HTML or plain text first and then asks for each
/// placeholder's value, so a value is escaped for where it lands and is never read as
/// Markdown.
public struct ScenarioTailor: Sendable {
    /// What a placeholder stands for in one language.
    public enum Value: Sendable, Hashable {
        /// Words from the tailoring.
        case text(String)
        /// A day counted from the exercise day, for the renderer to write in the reader's language.
        case date(CalendarDay)
        /// The tailoring gives no value (or the exercise day is not known): shown as a gap to fill.
        case missing
        /// No variable has this name.
        case unknown
    }

    let variables: [String: TailoringVariable]
    let tailoring: Tailoring?
    let exerciseDay: CalendarDay?
    let sourceLanguage: Language

    /// A tailor for `scenario` as `tailoring` makes it; `exerciseDay` overrides the planned day.
    public init(_ scenario: Scenario, tailoring: Tailoring?, exerciseDay: CalendarDay? = nil) {
        variables = Dictionary(scenario.variables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.tailoring = tailoring
        self.exerciseDay = exerciseDay ?? tailoring?.exerciseDay.flatMap(CalendarDay.init)
        sourceLanguage = scenario.sourceLanguage
    }

    /// The value of `name` for a reader of `language`.
    public func value(_ name: String, in language: Language) -> Value {
        guard let variable = variables[name] else { return .unknown }
        switch variable.kind {
        case .text:
            guard let text = tailoring?.values[name], !text.isEmpty else { return .missing }
            return .text(text.resolve(language, source: sourceLanguage).text)
        case .date:
            guard let day = exerciseDay else { return .missing }
            return .date(day.adding(days: variable.dayOffset ?? 0))
        }
    }

    /// `text` with each placeholder replaced by what `write` makes of its name and value.
    public static func substitute(_ text: String, _ write: (String, Value) -> String, lookup: (String) -> Value) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += rest[..<open.lowerBound]
            if isVariableName(name) {
                result += write(name, lookup(name))
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The variable names `text` uses, in order of first use.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        _ = substitute(
            text,
            { name, _ in
                if !names.contains(name) { names.append(name) }
                return ""
            }, lookup: { _ in .unknown })
        return names
    }

    /// Whether `name` can name a variable: lower-case letters, digits and single hyphens,
    /// starting with a letter.
    public static func isVariableName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter, name.count <= 40 else { return false }
        return name.isValidSlug
    }

    /// The variables each tailoring leaves without a value among those `scenario` uses, by
    /// tailoring id: what must be filled in before the exercise.
    public static func missingValues(_ scenario: Scenario) -> [String: [String]] {
        let used = Set(scenario.texts.flatMap { entry in entry.text.versions.values.flatMap { placeholders(in: $0.text) } })
        var missing: [String: [String]] = [:]
        for tailoring in scenario.tailorings {
            let tailor = ScenarioTailor(scenario, tailoring: tailoring)
            let gaps = scenario.variables.filter { variable in
                guard used.contains(variable.name) else { return false }
                // A date needs the day, which a live session may still give.
                return variable.kind == .text && tailor.value(variable.name, in: scenario.sourceLanguage) == .missing
            }
            missing[tailoring.id] = gaps.map(\.name)
        }
        return missing
    }
}
