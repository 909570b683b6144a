import NexusDomain

/// The readable report `nexus content check` prints.
struct ContentReport {
    let folder: String
    let snapshot: ToolkitSnapshot
    let problems: [ContentProblem]

    var text: String {
        var lines = ["Content folder: \(folder)"]
        let counts: [(String, Int)] = [
            ("concept sections", snapshot.concept.count), ("themes", snapshot.themes.count),
            ("practices", snapshot.practices.count), ("instruments", snapshot.instruments.count),
            ("actor types", snapshot.actors.count), ("initiatives", snapshot.initiatives.count),
            ("regions", snapshot.regions.count), ("meetings", snapshot.meetings.count),
        ]
        lines.append("Items loaded: " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
        let infos = allInfos
        let perLanguage = Language.allCases.map { language in
            "\(language.code) \(infos.filter { $0.text.texts[language] != nil }.count)/\(infos.count)"
        }
        lines.append("Texts per language: " + perLanguage.joined(separator: ", "))
        let problemText = Self.problemLines(problems)
        if !problemText.isEmpty {
            lines.append("")
            lines.append(problemText)
        }
        lines.append("")
        func count(_ category: ContentProblem.Category) -> Int { problems.filter { $0.category == category }.count }
        let errors = problems.filter { $0.severity == .error }.count
        lines.append(
            "\(errors) errors, \(count(.missingTranslation)) missing translations, "
                + "\(count(.staleTranslation)) stale translations, \(problems.count - errors - count(.missingTranslation) - count(.staleTranslation)) other warnings."
        )
        lines.append(problems.isEmpty ? "The content is clean." : "Fix the problems above, then run the check again.")
        return lines.joined(separator: "\n")
    }

    /// One line per problem, errors first.
    static func problemLines(_ problems: [ContentProblem]) -> String {
        problems.map { "\($0.severity == .error ? "error  " : "warning") \($0.location): \($0.message)" }
            .joined(separator: "\n")
    }

    private var allInfos: [ItemInfo] { ContentKind.allCases.flatMap(snapshot.infos(of:)) }
}
