import Foundation

/// Reads a scenario out of parsed JSON part by part, so that one file's shape problems are
/// all reported, each at its JSON path: the scenario without its lists, then each
/// objective, variable, tailoring and phase, and each phase's parts, one at a time. A part
/// is read with the same `Decodable` conformance the store uses, then written back; a field
/// the input has and the written part lacks is one this format does not know.
struct ShapeReader {
    let source: Language?
    var problems: [ScenarioProblem] = []

    init(source: Language?) {
        self.source = source
    }

    mutating func scenario(_ body: [String: Any], at path: String) -> Scenario? {
        let lists = ["objectives", "variables", "tailorings", "phases"]
        var fields = body
        for list in lists { fields[list] = [Any]() }
        // The lists are read even when the head is not, so that their problems are reported too.
        let head = part(Scenario.self, fields, at: path)
        var scenario = head ?? Scenario(id: "", title: TranslatableText())
        scenario.objectives = each(ScenarioObjective.self, body["objectives"], at: path + ".objectives")
        scenario.variables = each(TailoringVariable.self, body["variables"], at: path + ".variables")
        scenario.tailorings = each(Tailoring.self, body["tailorings"], at: path + ".tailorings")
        var phases: [ScenarioPhase] = []
        for (index, element) in elements(body["phases"], at: path + ".phases") {
            let at = path + ".phases[\(index)]"
            guard let object = element as? [String: Any] else {
                problems.append(ScenarioProblem(at, .shape(.notObject)))
                continue
            }
            var head = object
            let parts = ["injects", "questions", "polls", "expectedActions"]
            for list in parts { head[list] = [Any]() }
            guard var phase = part(ScenarioPhase.self, head, at: at) else { continue }
            phase.injects = each(ScenarioInject.self, object["injects"], at: at + ".injects")
            phase.questions = each(DiscussionQuestion.self, object["questions"], at: at + ".questions")
            phase.polls = each(ScenarioPoll.self, object["polls"], at: at + ".polls")
            phase.expectedActions = each(ExpectedAction.self, object["expectedActions"], at: at + ".expectedActions")
            phases.append(phase)
        }
        scenario.phases = phases
        return head == nil ? nil : scenario
    }

    private mutating func elements(_ value: Any?, at path: String) -> [(Int, Any)] {
        guard let value else {
            problems.append(ScenarioProblem(path, .missing))
            return []
        }
        guard let list = value as? [Any] else {
            problems.append(ScenarioProblem(path, .shape(.notList)))
            return []
        }
        return Array(list.enumerated())
    }

    private mutating func each<T: Codable>(_ type: T.Type, _ value: Any?, at path: String) -> [T] {
        elements(value, at: path).compactMap { index, element in part(type, element, at: path + "[\(index)]") }
    }

    /// One part, or `nil` with its problem recorded.
    private mutating func part<T: Codable>(_ type: T.Type, _ value: Any, at path: String) -> T? {
        let decoder = JSONDecoder()
        decoder.userInfo[.textsSourceLanguage] = source
        do {
            let data = try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
            let decoded = try decoder.decode(type, from: data)
            let encoder = JSONEncoder()
            encoder.userInfo[.textsSourceLanguage] = source
            let written = try JSONSerialization.jsonObject(with: encoder.encode(decoded), options: [.fragmentsAllowed])
            unknownFields(value, written, at: path)
            return decoded
        } catch let error as DecodingError {
            problems.append(Self.problem(error, at: path, in: value))
        } catch {
            problems.append(ScenarioProblem(path, .shape(.notJSON)))
        }
        return nil
    }

    private mutating func unknownFields(_ input: Any, _ written: Any, at path: String) {
        guard let input = input as? [String: Any], let written = written as? [String: Any] else { return }
        for key in input.keys.sorted() {
            guard let value = input[key], !(value is NSNull) else { continue }
            let at = path + "." + key
            if let kept = written[key] {
                unknownFields(value, kept, at: at)
            } else if !(value is [Any]) || !((value as? [Any])?.isEmpty ?? true) {
                problems.append(ScenarioProblem(at, .shape(.unknownField)))
            }
        }
    }

    static func problem(_ error: DecodingError, at path: String, in input: Any) -> ScenarioProblem {
        func place(_ keys: [any CodingKey]) -> String {
            keys.reduce(path) { path, key in key.intValue.map { path + "[\($0)]" } ?? path + "." + key.stringValue }
        }
        switch error {
        case .keyNotFound(let key, let context): return ScenarioProblem(place(context.codingPath + [key]), .missing)
        case .valueNotFound(_, let context): return ScenarioProblem(place(context.codingPath), .missing)
        case .typeMismatch(let type, let context):
            return ScenarioProblem(place(context.codingPath), .shape(Self.expected(type)))
        case .dataCorrupted(let context):
            // The value as written, found again by its path: what the reader needs to correct it.
            let found = context.codingPath.reduce(Optional(input)) { value, key in
                key.intValue.map { index in (value as? [Any]).flatMap { index < $0.count ? $0[index] : nil } }
                    ?? (value as? [String: Any])?[key.stringValue]
            }
            return ScenarioProblem(place(context.codingPath), .unreadable(found.map { "\($0)" } ?? ""))
        @unknown default: return ScenarioProblem(path, .shape(.notObject))
        }
    }

    private static func expected(_ type: Any.Type) -> ScenarioProblem.Shape {
        switch type {
        case is String.Type: .expectedText
        case is Int.Type: .expectedNumber
        case is Bool.Type: .expectedBoolean
        case is [Any].Type: .notList
        default: .expectedObject
        }
    }
}
