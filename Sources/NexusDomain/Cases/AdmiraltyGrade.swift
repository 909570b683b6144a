import Foundation

/// The grade analysts give a source under the admiralty (NATO) system: how reliable the
/// source has been (A–F) and how credible this piece of information is (1–6), written
/// together as `B2`.
public struct AdmiraltyGrade: Sendable, Hashable, TextCoded {
    /// How reliable the source is.
    public enum Reliability: String, CaseIterable, Sendable, Codable, Hashable {
        /// Completely reliable.
        case a = "A"
        /// Usually reliable.
        case b = "B"
        /// Fairly reliable.
        case c = "C"
        /// Not usually reliable.
        case d = "D"
        /// Unreliable.
        case e = "E"
        /// Reliability cannot be judged.
        case f = "F"
    }

    /// How credible the information is.
    public enum Credibility: Int, CaseIterable, Sendable, Codable, Hashable {
        /// Confirmed by other sources.
        case confirmed = 1
        /// Probably true.
        case probable = 2
        /// Possibly true.
        case possible = 3
        /// Doubtful.
        case doubtful = 4
        /// Improbable.
        case improbable = 5
        /// Truth cannot be judged.
        case cannotBeJudged = 6
    }

    /// The source's reliability.
    public let reliability: Reliability
    /// The information's credibility.
    public let credibility: Credibility

    /// Creates a grade.
    public init(_ reliability: Reliability, _ credibility: Credibility) {
        self.reliability = reliability
        self.credibility = credibility
    }

    /// Reads `B2` (case does not matter); `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 2, let reliability = Reliability(rawValue: String(code.prefix(1))),
            let number = Int(code.suffix(1)), let credibility = Credibility(rawValue: number)
        else { return nil }
        self.init(reliability, credibility)
    }

    public static func parsed(_ text: String) -> AdmiraltyGrade? { AdmiraltyGrade(text) }
    public static let textName = "an admiralty grade"

    /// The grade as analysts write it: `B2`.
    public var description: String { reliability.rawValue + String(credibility.rawValue) }
}
