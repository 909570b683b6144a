/// Where in a request or response a problem is: `$.meetings[0].end` in a body,
/// `query.limit`, `header.WWW-Authenticate`, `path.meeting`, or a part of the exchange
/// (`status`, `content-type`, `security`, `operation`).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    /// A location that is not inside a JSON value.
    public init(_ description: String) {
        self.description = description
    }

    /// The root of a body.
    public static let body = JSONPath("$")

    /// A member of the object here.
    public func key(_ name: String) -> JSONPath {
        let plain = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return JSONPath(description + (plain ? ".\(name)" : "[\(Self.quoted(name))]"))
    }

    /// An element of the array here.
    public func index(_ position: Int) -> JSONPath { JSONPath(description + "[\(position)]") }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 {
                    quoted += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}

/// One way a request or response departs from the OpenAPI document.
public struct ContractProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where it is.
    public let path: JSONPath
    /// What is wrong, in a sentence.
    public let message: String

    public init(_ path: JSONPath, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
