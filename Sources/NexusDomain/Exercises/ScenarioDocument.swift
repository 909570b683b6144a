import Foundation

/// The portable exercise file: one scenario, whole — objectives, variables, tailorings,
/// phases, every text in every language with its translation state — as one JSON document
/// that another installation imports unchanged. Its shape is published as a JSON Schema
/// (`schemas/exercise/scenario-1.json`, `docs/EXERCISE-FILE.md`); `formatVersion` changes
/// only when a file of the old version could no longer be read.
public enum ScenarioDocument {
    /// The `format` every file names.
    public static let format = "nexus-scenario"
    /// The version this build writes and reads.
    public static let formatVersion = 1
    /// The schema's file name, under `/schemas/exercise/`.
    public static let schemaFile = "scenario-\(formatVersion).json"

    /// The file for `scenario`, naming the schema at `schemaURL`. Keys are sorted and texts
    /// compact, so that equal scenarios give equal files.
    public static func encode(_ scenario: Scenario, schemaURL: String) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        encoder.userInfo[.textsSourceLanguage] = scenario.sourceLanguage
        return try encoder.encode(Envelope(schema: schemaURL, scenario: scenario))
    }

    /// A file as written.
    private struct Envelope: Encodable {
        let schema: String
        let format = ScenarioDocument.format
        let formatVersion = ScenarioDocument.formatVersion
        let scenario: Scenario

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case format, formatVersion, scenario
        }
    }

    /// The scenario alone as JSON, as the store keeps it and as a file's `scenario` holds it.
    public static func encodeRecord(_ scenario: Scenario) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.textsSourceLanguage] = scenario.sourceLanguage
        return try encoder.encode(scenario)
    }

    /// Reads a scenario stored by ``encodeRecord(_:)``.
    public static func decodeRecord(_ data: Data) throws -> Scenario {
        let decoder = JSONDecoder()
        decoder.userInfo[.textsSourceLanguage] = try JSONDecoder().decode(SourceOnly.self, from: data).sourceLanguage
        return try decoder.decode(Scenario.self, from: data)
    }

    /// Reads a file: the scenario, or every problem found with its JSON path. Shape problems
    /// (a missing field, text where a number belongs, a field this format does not have) are
    /// reported part by part — one objective, phase or inject at a time —, then the rules of
    /// ``ScenarioValidation``.
    public static func read(_ data: Data, references: ScenarioReferences) -> Result<Scenario, Rejected> {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(Rejected([ScenarioProblem("$", .shape(.notJSON))]))
        }
        guard let envelope = root as? [String: Any] else { return .failure(Rejected([ScenarioProblem("$", .shape(.notObject))])) }
        var problems: [ScenarioProblem] = []
        if envelope["format"] as? String != format { problems.append(ScenarioProblem("$.format", .shape(.wrongFormat))) }
        switch envelope["formatVersion"] {
        case let version as Int where version == formatVersion: break
        case let version as Int: problems.append(ScenarioProblem("$.formatVersion", .unsupportedVersion(version)))
        default: problems.append(ScenarioProblem("$.formatVersion", .missing))
        }
        for key in envelope.keys.sorted() where !["$schema", "format", "formatVersion", "scenario"].contains(key) {
            problems.append(ScenarioProblem("$." + key, .shape(.unknownField)))
        }
        guard let body = envelope["scenario"] as? [String: Any] else {
            return .failure(Rejected(problems + [ScenarioProblem("$.scenario", .missing)]))
        }
        let source = (body["sourceLanguage"] as? String).flatMap(Language.init(rawValue:))
        var reader = ShapeReader(source: source)
        let scenario = reader.scenario(body, at: "$.scenario")
        problems += reader.problems
        guard let scenario, problems.isEmpty else { return .failure(Rejected(problems)) }
        let rules = ScenarioValidation.problems(with: scenario, references: references)
        guard rules.isEmpty else {
            return .failure(Rejected(rules.map { ScenarioProblem("$.scenario" + $0.path.dropFirst(), $0.kind) }))
        }
        return .success(scenario)
    }

    /// Why a file was not read: every problem found.
    public struct Rejected: Error, Sendable, Hashable {
        public let problems: [ScenarioProblem]

        /// Wraps the problems.
        public init(_ problems: [ScenarioProblem]) {
            self.problems = problems
        }
    }

    private struct SourceOnly: Decodable { let sourceLanguage: Language }
}
