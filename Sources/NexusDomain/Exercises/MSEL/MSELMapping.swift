import Foundation

/// The parts of an inject an events list (MSEL) spreadsheet can give, one per column.
public enum MSELField: String, Sendable, Hashable, CaseIterable {
    /// The phase: its number, identifier or title. Without it, every row goes to one phase.
    case phase
    /// When, after the exercise starts: minutes (`85`) or hours and minutes (`1:25`, `T+1:25`).
    case time
    /// The kind: `news-flash`, `intelligence-report`, … or its name in any of the four languages.
    case kind
    /// Whom it is addressed to: actor types separated by `;`; empty for everyone.
    case addressedTo = "to"
    /// The headline.
    case title
    /// Who sends it.
    case from
    /// The text players read.
    case text

    /// Whether a row cannot do without it.
    public var isRequired: Bool { self == .time || self == .title || self == .text }

    /// Column names a spreadsheet is likely to use for it, in the four languages, lower-cased.
    var usualNames: Set<String> {
        switch self {
        case .phase: ["phase", "module", "stage", "المرحلة", "faza", "faze"]
        case .time: ["time", "offset", "minutes", "t+", "heure", "temps", "minute", "délai", "التوقيت", "الوقت", "koha", "ora"]
        case .kind: ["kind", "type", "inject type", "nature", "النوع", "lloji"]
        case .addressedTo:
            ["to", "addressed to", "recipients", "recipient", "audience", "destinataires", "destinataire", "إلى", "المرسل إليه", "për", "marrësi"]
        case .title: ["title", "headline", "subject", "titre", "objet", "العنوان", "titulli"]
        case .from: ["from", "sender", "source", "de", "expéditeur", "émetteur", "من", "المرسل", "nga", "dërguesi"]
        case .text: ["text", "message", "content", "description", "body", "texte", "contenu", "النص", "المحتوى", "teksti", "përmbajtja"]
        }
    }
}

/// Which column of the spreadsheet holds each part of an inject.
public struct MSELMapping: Sendable, Hashable {
    /// Column index (0-based) by field; a field left out is not in the file.
    public var columns: [MSELField: Int]

    public init(columns: [MSELField: Int] = [:]) {
        self.columns = columns
    }

    /// The likely mapping of a header: each field to the first column whose name is one of
    /// its usual names, ignoring case, spaces around and a trailing colon.
    public static func guess(header: [String]) -> MSELMapping {
        var columns: [MSELField: Int] = [:]
        var taken = Set<Int>()
        for field in MSELField.allCases {
            let names = field.usualNames
            let found = header.indices.first { index in
                !taken.contains(index)
                    && names.contains(
                        header[index].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":"))).lowercased())
            }
            if let found {
                columns[field] = found
                taken.insert(found)
            }
        }
        return MSELMapping(columns: columns)
    }
}
