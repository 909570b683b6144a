import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// What every page builder reads: the published toolkit and evidence, the reader's
/// language, its UI strings, the Markdown renderer and the map shapes.
struct PageEnvironment: Sendable {
    let snapshot: ToolkitSnapshot
    let language: Language
    let t: Localizer
    let markdown: MarkdownRenderer
    /// The findings and participation the evidence pages and the practice pages show.
    var evidence: EvidenceSnapshot = .empty
    /// The published public cases, which the practice pages list.
    var cases: PublicCaseIndex = .empty
    /// The country outlines the evidence maps are drawn from, read at start-up.
    let shapes: CountryShapes

    /// The link to a toolkit page in the reader's language.
    func href(_ page: ToolkitRoute.Page) -> String { Route.toolkit(.page(language, page)).path }

    /// The link to an evidence page in the reader's language.
    func href(_ page: EvidenceRoute.Page) -> String { Route.evidence(.page(language, page)).path }

    /// The item's text for this reader.
    func text(_ info: ItemInfo) -> ResolvedText { info.text.resolve(language) }

    /// "Good practice 2", or the unnumbered label.
    func label(of practice: Practice) -> String {
        practice.number.map { t(.practiceNumbered, ["number": String($0)]) } ?? t(.practiceUnnumbered)
    }

    /// "Good practice 2 · Strengthen anti-corruption law": how lists, facets and tags name a practice.
    func fullLabel(of practice: Practice) -> String {
        let link = link(to: practice)
        return [link.label, link.title].compactMap { $0 }.joined(separator: " · ")
    }

    /// "Section A".
    func label(of theme: Theme) -> String { t(.themeLabel, ["letter": theme.letter]) }
}

/// A link to another toolkit item, with its title and summary.
struct ItemLink: Sendable {
    let href: String
    let title: String
    let summary: String
    /// A short label before the title ("Good practice 2", "2000").
    let label: String?
    /// Set when the item is not fully confirmed.
    let statusLabel: String?
    /// The language of the title and summary, when it differs from the page's.
    let lang: String?
}

extension PageEnvironment {
    func link(to practice: Practice) -> ItemLink {
        let text = self.text(practice.info)
        return ItemLink(
            href: href(.practice(practice.canonicalReference)), title: text.text.title, summary: text.text.summary,
            // An unnumbered practice's badge already says "number pending"; a label would repeat it.
            label: practice.number == nil ? nil : label(of: practice), statusLabel: statusLabel(practice.info.status),
            lang: foreignLang(text))
    }

    func link(to info: ItemInfo, page: ToolkitRoute.Page, label: String? = nil) -> ItemLink {
        link(to: info, href: href(page), label: label)
    }

    func link(to info: ItemInfo, page: EvidenceRoute.Page, label: String? = nil) -> ItemLink {
        link(to: info, href: href(page), label: label)
    }

    private func link(to info: ItemInfo, href: String, label: String?) -> ItemLink {
        let text = self.text(info)
        return ItemLink(
            href: href, title: text.text.title, summary: text.text.summary, label: label,
            statusLabel: statusLabel(info.status), lang: foreignLang(text))
    }

    /// The `lang` attribute a fallback text needs inside a page in another language.
    func foreignLang(_ text: ResolvedText) -> String? { text.isFallback ? text.language.code : nil }

    /// The status badge of an item; confirmed items carry none.
    func statusLabel(_ status: ContentStatus) -> String? {
        status == .confirmed ? nil : ChoiceLabels.status(of: status, t)
    }
}
