import NexusApplication
import NexusPersistence
import Foundation
import NexusDomain
import NexusRendering
import NexusLocalization

/// The reader's words for the evidence vocabularies and for countries. Every value of
/// every vocabulary has a catalogue key named after it (`marketHeroinTrade` for
/// `heroin-trade`); a test checks that each exists in all four catalogues.
enum EvidenceLabels {
    static func category(_ value: StakeholderCategory, _ t: Localizer) -> String { t(key("category", value.rawValue)) }
    static func kind(_ value: FindingKind, _ t: Localizer) -> String { t(key("findingKind", value.rawValue)) }
    static func market(_ value: CrimeMarket, _ t: Localizer) -> String { t(key("market", value.rawValue)) }
    static func factor(_ value: EnablingFactor, _ t: Localizer) -> String { t(key("factor", value.rawValue)) }
    static func form(_ value: NexusForm, _ t: Localizer) -> String { t(key("nexusForm", value.rawValue)) }
    static func confidence(_ value: FindingConfidence, _ t: Localizer) -> String { t(key("confidence", value.rawValue)) }

    /// The catalogue key of a vocabulary value: the prefix, then the value in camel case.
    static func key(_ prefix: String, _ value: String) -> UIKey {
        let camel = value.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let key = UIKey(rawValue: prefix + camel) else {
            preconditionFailure("no catalogue key \(prefix + camel); EvidenceLabelsTests lists them all")
        }
        return key
    }

    /// A country's name in the reader's language, from the system's locale data; the
    /// code itself when the data has no name for it.
    static func country(_ code: String, _ language: Language) -> String {
        CountryNames.shared.name(code, language)
    }
}

/// Country names per language, looked up once: locale data is slow to ask each time.
final class CountryNames: Sendable {
    static let shared = CountryNames()
    private let names: [Language: [String: String]]

    private init() {
        var names: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let locale = Locale(identifier: language.code)
            names[language] = Dictionary(uniqueKeysWithValues: CountryCode.all.compactMap { code in
                locale.localizedString(forRegionCode: code).map { (code, $0) }
            })
        }
        self.names = names
    }

    func name(_ code: String, _ language: Language) -> String { names[language]?[code] ?? code }
}
