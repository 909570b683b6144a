import Foundation

/// Looks for what may be a real person's name in a case's texts. Cases are anonymised by
/// design, so such text earns a warning the person saving must confirm — never a refusal,
/// since "General Directorate" or a nickname in quotes can look like a name too.
public enum PersonNameCheck {
    /// The parts of `text` that look like a person's name. `isAlias` applies the stricter
    /// rule that aliases need: any run of two capitalised words that are not the generic
    /// words of group names or places.
    public static func suspects(in text: String, isAlias: Bool) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace || ",;:()\"“”«»".contains($0) }).map(String.init)
        var found: [String] = []
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            let folded = fold(word)
            if honorifics.contains(folded), let next, isCapitalised(next) || isArabic(next) {
                found.append(word + " " + next)
            } else if patronymics.contains(folded), index > 0, let next, isCapitalised(words[index - 1]) || isArabic(words[index - 1]),
                isCapitalised(next) || isArabic(next)
            {
                found.append([words[index - 1], word, next].joined(separator: " "))
            }
        }
        if isAlias { found += capitalisedRuns(words) }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }

    /// Warnings for every translatable text of a case.
    public static func warnings(for record: NexusCase) -> [CaseWarning] {
        var warnings: [CaseWarning] = []
        for (field, text) in record.texts {
            let isAlias = field.hasSuffix(".alias")
            for language in text.languages.sorted(by: { $0.rawValue < $1.rawValue }) {
                for suspect in suspects(in: text[language] ?? "", isAlias: isAlias) {
                    warnings.append(CaseWarning(field: field, text: suspect))
                }
            }
        }
        return warnings
    }

    private static func capitalisedRuns(_ words: [String]) -> [String] {
        var runs: [String] = []
        var run: [String] = []
        func close() {
            if run.count >= 2, !run.contains(where: { generic.contains(fold($0)) || places.contains(fold($0)) }) {
                runs.append(run.joined(separator: " "))
            }
            run = []
        }
        for word in words {
            let letters = word.trimmingCharacters(in: .punctuationCharacters)
            if isCapitalised(letters), letters.count > 1 { run.append(letters) } else { close() }
        }
        close()
        return runs
    }

    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase && word.dropFirst().contains(where: \.isLowercase)
    }

    private static func isArabic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    }

    private static func fold(_ word: String) -> String {
        word.trimmingCharacters(in: .punctuationCharacters).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Titles that come before a name, in the four languages.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sheikh", "shaykh", "colonel", "col", "general", "gen", "captain", "capt", "major",
        "commander", "sir", "m", "mme", "mlle", "monsieur", "madame", "cheikh", "z", "zoti", "zonja", "zonjusha",
        "السيد", "السيدة", "الشيخ", "العقيد", "اللواء", "الدكتور",
    ]

    /// Words that join a person's name to a parent's.
    static let patronymics: Set<String> = ["bin", "ibn", "ben", "bint", "abu", "بن", "ابن", "بنت", "أبو", "ابو"]

    /// Words that make a run of capitalised words a group's, a body's or a place's name.
    static let generic: Set<String> = [
        "group", "groups", "network", "cell", "company", "front", "brigade", "brigades", "clan", "cartel", "ltd", "llc", "sa",
        "sarl", "shpk", "trading", "import", "export", "brothers", "armed", "organisation", "organization", "movement", "army",
        "ministry", "customs", "police", "port", "authority", "agency", "bank", "official", "officials", "broker", "smugglers",
        "ring", "faction", "militia", "unit", "service", "services", "office", "directorate", "border", "guard", "court",
        "prison", "community", "village", "traders", "transport", "logistics", "shipping", "holdings", "exchange", "bureau",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "coastal", "river", "lake",
        "the", "of", "and", "a", "an", "in", "on", "at", "by", "from", "to", "for", "with", "after", "before", "during",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "groupe", "réseau", "reseau", "cellule", "société", "societe", "grupi", "rrjeti", "banda", "kompania",
    ]

    /// Words of country names, so that "Costa Rica" is not taken for a person.
    static let places: Set<String> = {
        var words: Set<String> = []
        let english = Locale(identifier: "en")
        for code in CountryCode.all {
            guard let name = english.localizedString(forRegionCode: code) else { continue }
            for word in name.split(whereSeparator: { !$0.isLetter }) { words.insert(fold(String(word))) }
        }
        return words
    }()
}
