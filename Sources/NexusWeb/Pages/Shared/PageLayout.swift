import NexusDomain
import NexusLocalization

/// What the layout around every page shows: document metadata, navigation,
/// the language switcher and page-wide notices.
struct PageLayout: Sendable {
    struct NavigationItem: Sendable {
        let label: String
        let href: String
        let isCurrent: Bool
    }

    struct LanguageChoice: Sendable {
        let name: String
        let code: String
        let href: String
        let isCurrent: Bool
        let dir: String
    }

    let lang: String
    let dir: String
    let documentTitle: String
    let description: String
    let canonicalHref: String?
    let navigation: [NavigationItem]
    let languages: [LanguageChoice]
    /// Notices about the page as a whole, such as "shown in English".
    let notices: [String]
    let homeHref: String
    let apiHref: String
}

extension PageLayout {
    /// The layout of `page` in `language`. Each language choice points to the same
    /// page in that language, so switching keeps the reader's place.
    static func make(
        page: Route.Page?, language: Language, title: String, description: String, t: Localizer,
        notices: [String] = [], canonical: Route.Page? = nil
    ) -> PageLayout {
        let sections: [(UIKey, Route.Page)] = [
            (.navHome, .home), (.navConcept, .concept), (.navPractices, .practices),
            (.navInstruments, .instruments), (.navActors, .actors), (.navInitiatives, .initiatives),
        ]
        let current = page.map(section(of:))
        let siteName = t(.siteName)
        return PageLayout(
            lang: language.code,
            dir: language.isRightToLeft ? "rtl" : "ltr",
            documentTitle: title == siteName ? siteName : "\(title) — \(siteName)",
            description: description,
            canonicalHref: canonical.map { Route.page(language, $0).path },
            navigation: sections.map { key, target in
                NavigationItem(label: t(key), href: Route.page(language, target).path, isCurrent: target == current)
            },
            languages: Language.allCases.map { other in
                LanguageChoice(
                    name: other.nativeName, code: other.code,
                    href: Route.page(other, page ?? .home).path, isCurrent: other == language,
                    dir: other.isRightToLeft ? "rtl" : "ltr")
            },
            notices: notices,
            homeHref: Route.page(language, .home).path,
            apiHref: Route.api(.practices(language)).path
        )
    }

    /// The navigation section a page belongs to.
    private static func section(of page: Route.Page) -> Route.Page {
        switch page {
        case .home: .home
        case .concept, .conceptSection: .concept
        case .practices, .practice, .theme: .practices
        case .instruments, .instrument: .instruments
        case .actors, .actor: .actors
        case .initiatives, .initiative: .initiatives
        }
    }
}

extension PageEnvironment {
    /// The page-wide notices a resolved text calls for.
    func notices(for text: ResolvedText) -> [String] {
        if text.isFallback { return [t(.noticeFallback, ["language": language.nativeName])] }
        if text.isStale { return [t(.noticeStale)] }
        return []
    }
}
