import Foundation
import NexusDomain

/// Writes content documents as files in the content format: YAML front matter in
/// schema order, strings double-quoted, then the Markdown body.
public enum ContentFileWriter {
    /// The file text of `document`.
    public static func text(of document: ContentDocument) -> String {
        var names = [ContentSchema.sourceHashField] + ContentSchema.fields(for: document.kind).map(\.name)
        names += document.fields.keys.sorted().filter { !names.contains($0) }
        var lines = ["---"]
        for name in names {
            guard let value = document.fields[name] else { continue }
            lines += yaml(name, value)
        }
        lines.append("---")
        let body = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        return lines.joined(separator: "\n") + "\n" + (body.isEmpty ? "" : body + "\n")
    }

    /// Writes `document` under `directory`, creating its folder.
    public static func write(_ document: ContentDocument, into directory: String) throws {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(document.location)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text(of: document).write(to: url, atomically: true, encoding: .utf8)
    }

    private static func yaml(_ name: String, _ value: ContentValue) -> [String] {
        switch value {
        case .list(let items):
            return ["\(name):"] + items.map { "  - \(scalar($0))" }
        default:
            return ["\(name): \(scalar(value))"]
        }
    }

    private static func scalar(_ value: ContentValue) -> String {
        switch value {
        case .string(let text): quoted(text)
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list, .map:
            // Front matter never nests deeper than a list of scalars; JSON is valid YAML for anything else.
            String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self)
        }
    }

    /// A YAML double-quoted scalar (its escapes are JSON's).
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
