import Foundation

/// A report's or an actor's labels, read by the convention of ``STIXVocabulary/LabelPrefix``.
struct Labels {
    let labels: [String]

    init(_ labels: [String]) {
        self.labels = labels
    }

    /// The first value with `prefix` that `parse` reads.
    func first<T>(_ prefix: STIXVocabulary.LabelPrefix, _ parse: (String) -> T?) -> T? {
        prefix.values(in: labels).lazy.compactMap(parse).first
    }

    /// Every value with `prefix`; one that `parse` cannot read is a problem, since the
    /// label says it follows our convention.
    func all<T>(
        _ prefix: STIXVocabulary.LabelPrefix, _ parse: (String) -> T?, problems: inout [STIXImport.Problem], at place: String
    ) -> [T] {
        var read: [T] = []
        for value in prefix.values(in: labels) {
            if let parsed = parse(value) {
                read.append(parsed)
            } else {
                problems.append(.init(place, .unreadableValue(property: "labels", value: prefix.label(value))))
            }
        }
        return read
    }
}

/// Local identifiers for the parts of another tool's report (`a1`, `r1`, `s1`), never one
/// that a part read through our extension already has.
struct IdentifierPool {
    var taken: Set<String> = []
    private var counters: [String: Int] = [:]

    mutating func next(_ prefix: String) -> String {
        var number = counters[prefix, default: 0]
        var candidate: String
        repeat {
            number += 1
            candidate = "\(prefix)\(number)"
        } while taken.contains(candidate)
        counters[prefix] = number
        taken.insert(candidate)
        return candidate
    }
}

/// What a case needs that another tool's objects say in their own way.
enum ForeignValues {
    /// A case id made from a report's title: lower-case ASCII letters and digits joined by
    /// single hyphens, at most 60 characters; a title with none (an Arabic one, say) gives
    /// `report-` and the start of the report's UUID.
    static func slug(_ title: String, report: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en")).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        if !slug.isEmpty { return slug }
        let uuid = report.range(of: "--").map { report[$0.upperBound...] } ?? ""
        return "report-" + uuid.prefix(8).lowercased()
    }

    /// A citation from an external reference: its source name, description and
    /// identifier, as far as they are given.
    static func citation(_ reference: STIXValue) -> String {
        var citation = reference["source_name"]?.stringValue ?? ""
        if let description = reference["description"]?.stringValue, !description.isEmpty {
            citation += citation.isEmpty ? description : ": " + description
        }
        if let external = reference["external_id"]?.stringValue, !external.isEmpty {
            citation += citation.isEmpty ? external : " (\(external))"
        }
        return citation
    }

    /// Several notes as one text: each language's texts one paragraph after another, the
    /// translations counted as made from the joined source text.
    static func joined(_ texts: [TranslatableText], source: Language) -> TranslatableText {
        var versions: [Language: TranslatableText.Version] = [:]
        for language in Language.allCases {
            let parts = texts.compactMap { $0[language] }
            if !parts.isEmpty { versions[language] = .init(text: parts.joined(separator: "\n\n")) }
        }
        if let original = versions[source] {
            for language in versions.keys where language != source {
                versions[language]?.translatedFrom = TranslatableText.fingerprint(original.text)
            }
        }
        return TranslatableText(versions: versions)
    }
}
