import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The good practices, grouped by their lettered section.
enum PracticeListPage {
    struct Section: Sendable {
        /// The heading's element id, from the theme's slug (a label would have spaces).
        let anchor: String
        let label: String
        let title: String
        let summary: String
        let href: String
        let practices: [ItemLink]
        let lang: String?
    }

    struct Model: Sendable {
        let title: String
        let intro: String
        let sections: [Section]
        /// "The official list has numbered practices … 3–22" when numbers are missing.
        let awaiting: String?
        let officialDocumentTitle: String
        let officialDocumentHref: String
        let emptySectionText: String
    }

    /// The GCTF's own publication of the good practices, where readers find the official text.
    static let officialDocumentHref =
        "https://www.thegctf.org/Portals/1/Documents/Framework%20Documents/2018/GCTF-Good-Practices-on-the-Nexus_ENG.pdf"

    static func model(_ env: PageEnvironment) -> Model {
        let sections = env.snapshot.themes.map { theme in
            let text = env.text(theme.info)
            return Section(
                anchor: "theme-\(theme.info.slug)", label: env.label(of: theme), title: text.text.title, summary: text.text.summary,
                href: env.href(.theme(theme.info.slug)),
                practices: env.snapshot.practices(inTheme: theme.info.slug).map(env.link(to:)),
                lang: env.foreignLang(text))
        }
        let missing = env.snapshot.missingPracticeNumbers
        return Model(
            title: env.t(.practicesTitle), intro: env.t(.practicesIntro), sections: sections,
            awaiting: missing.isEmpty ? nil : env.t(.practicesAwaiting, ["numbers": ranges(missing)]),
            officialDocumentTitle: env.t(.practicesOfficialDocument), officialDocumentHref: officialDocumentHref,
            emptySectionText: env.t(.practicesNoneInSection))
    }

    static func page(_ env: PageEnvironment) -> PageResult {
        let model = model(env)
        return PageResult(
            template: "practices",
            layout: .make(
                page: .practices, language: env.language, title: model.title, description: model.intro,
                t: env.t, canonical: .practices),
            model: model)
    }

    /// "3–22, 24" from [3, 4, …, 22, 24].
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start = numbers.first
        var previous = numbers.first
        for number in numbers.dropFirst() + [Int.min] {
            if let p = previous, number == p + 1 {
                previous = number
                continue
            }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
            start = number
            previous = number
        }
        return parts.joined(separator: ", ")
    }
}
