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
    var languages: [LanguageChoice]
    /// Notices about the page as a whole, such as "shown in English".
    let notices: [String]
    let homeHref: String
    let apiHref: String
    /// The search box in the header: where it sends, and what it shows (the search page's own query).
    let searchAction: String
    var searchQuery = ""
    /// The signed-in user's links, or the way to sign in; set by the handler that
    /// knows who is asking.
    var account: AccountBar
}

/// The account corner of the header.
struct AccountBar: Sendable {
    let isSignedIn: Bool
    let name: String?
    let signInHref: String
    let accountHref: String
    let signOutAction: String
    let csrfToken: String
    /// Work areas the user may enter (editing, translation, administration).
    let links: [PageLayout.NavigationItem]

    /// The bar of a visitor who is not signed in: the same for everyone, so pages showing it can be cached.
    static func anonymous(_ language: Language) -> AccountBar {
        AccountBar(isSignedIn: false, name: nil, signInHref: Route.app(language, .signIn).path, accountHref: "",
                   signOutAction: "", csrfToken: "", links: [])
    }
}

extension PageLayout {
    /// The layout of `page` in `language`. Each language choice points to the same
    /// page in that language, so switching keeps the reader's place.
    static func make(
        page: Route.Page?, language: Language, title: String, description: String, t: Localizer,
        notices: [String] = [], canonical: Route.Page? = nil
    ) -> PageLayout {
        make(route: page.map { .page(language, $0) }, language: language, title: title, description: description,
             t: t, notices: notices, canonical: canonical)
    }

    /// The layout of any page; `route` is the page in another language for the switcher
    /// (the home page when `nil`).
    static func make(
        route: Route?, language: Language, title: String, description: String, t: Localizer,
        notices: [String] = [], canonical: Route.Page? = nil
    ) -> PageLayout {
        let page: Route.Page? = if case .page(_, let page) = route { page } else { nil }
        let sections: [(UIKey, Route.Page)] = [
            (.navHome, .home), (.navConcept, .concept), (.navPractices, .practices),
            (.navInstruments, .instruments), (.navActors, .actors), (.navInitiatives, .initiatives),
            (.navEvidence, .evidence),
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
                    href: (route?.inLanguage(other) ?? .page(other, .home)).path, isCurrent: other == language,
                    dir: other.isRightToLeft ? "rtl" : "ltr")
            },
            notices: notices,
            homeHref: Route.page(language, .home).path,
            apiHref: Route.api(.practices(language)).path,
            searchAction: Route.page(language, .search).path,
            account: .anonymous(language)
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
        case .search: .search
        case .evidence, .evidenceRegion, .meeting, .finding: .evidence
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
