import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
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
    var notices: [String]
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
        AccountBar(
            isSignedIn: false, name: nil, signInHref: Route.accounts(.signIn(language)).path, accountHref: "",
            signOutAction: "", csrfToken: "", links: [])
    }
}

extension PageLayout {
    /// The layout of a toolkit page in `language`.
    static func make(
        page: ToolkitRoute.Page, language: Language, title: String, description: String, t: Localizer,
        notices: [String] = [], canonical: ToolkitRoute.Page? = nil
    ) -> PageLayout {
        make(
            route: .toolkit(.page(language, page)), language: language, title: title, description: description, t: t,
            notices: notices, canonical: canonical.map { .toolkit(.page(language, $0)) })
    }

    /// The layout of an evidence page in `language`.
    static func make(
        page: EvidenceRoute.Page, language: Language, title: String, description: String, t: Localizer,
        notices: [String] = [], canonical: EvidenceRoute.Page? = nil
    ) -> PageLayout {
        make(
            route: .evidence(.page(language, page)), language: language, title: title, description: description, t: t,
            notices: notices, canonical: canonical.map { .evidence(.page(language, $0)) })
    }

    /// The layout of any page; each language choice points to the same page in that
    /// language (the home page when `route` is `nil` or has none), so switching keeps the
    /// reader's place.
    static func make(
        route: Route?, language: Language, title: String, description: String, t: Localizer,
        notices: [String] = [], canonical: Route? = nil
    ) -> PageLayout {
        let sections: [(UIKey, Route)] = [
            (.navHome, .toolkit(.page(language, .home))), (.navConcept, .toolkit(.page(language, .concept))),
            (.navPractices, .toolkit(.page(language, .practices))), (.navInstruments, .toolkit(.page(language, .instruments))),
            (.navActors, .toolkit(.page(language, .actors))), (.navInitiatives, .toolkit(.page(language, .initiatives))),
            (.navEvidence, .evidence(.page(language, .dashboard))), (.navCases, .cases(.library(language))),
        ]
        let current = route.flatMap(section(of:))
        let siteName = t(.siteName)
        return PageLayout(
            lang: language.code,
            dir: language.isRightToLeft ? "rtl" : "ltr",
            documentTitle: title == siteName ? siteName : "\(title) — \(siteName)",
            description: description,
            canonicalHref: canonical?.path,
            navigation: sections.map { key, target in
                NavigationItem(label: t(key), href: target.path, isCurrent: target == current)
            },
            languages: Language.allCases.map { other in
                LanguageChoice(
                    name: other.nativeName, code: other.code,
                    href: (route?.inLanguage(other) ?? .toolkit(.page(other, .home))).path, isCurrent: other == language,
                    dir: other.isRightToLeft ? "rtl" : "ltr")
            },
            notices: notices,
            homeHref: Route.toolkit(.page(language, .home)).path,
            apiHref: Route.toolkit(.api(.practices(language))).path,
            searchAction: Route.search(.page(language)).path,
            account: .anonymous(language)
        )
    }

    /// The navigation section a page belongs to, as the section's own route.
    private static func section(of route: Route) -> Route? {
        switch route {
        case .toolkit(.page(let language, let page)):
            let section: ToolkitRoute.Page =
                switch page {
                case .home: .home
                case .concept, .conceptSection: .concept
                case .practices, .practice, .theme: .practices
                case .instruments, .instrument: .instruments
                case .actors, .actor: .actors
                case .initiatives, .initiative: .initiatives
                }
            return .toolkit(.page(language, section))
        case .evidence(.page(let language, _)):
            return .evidence(.page(language, .dashboard))
        case .cases(.library(let language)), .cases(.page(let language, _)):
            return .cases(.library(language))
        default:
            return nil
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
