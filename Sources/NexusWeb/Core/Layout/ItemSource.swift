import NexusApplication
import NexusPersistence
import NexusDomain
import NexusRendering
import NexusLocalization

/// The words and provenance shown at the head and foot of every item page:
/// the status notice (when the item is not fully confirmed) and the sources.
struct ItemProvenance: Sendable {
    /// "Partly confirmed", or `nil` for a confirmed item.
    let statusLabel: String?
    /// What the status means, in general.
    let statusExplanation: String?
    /// What the editors say about this item's status.
    let note: String?
    /// The public sources the item is written from.
    let sources: [String]
    /// Whether a notice belongs at the head of the page (stored: templates see stored properties only).
    let hasNotice: Bool

    init(statusLabel: String?, statusExplanation: String?, note: String?, sources: [String]) {
        self.statusLabel = statusLabel
        self.statusExplanation = statusExplanation
        self.note = note
        self.sources = sources
        self.hasNotice = statusLabel != nil || note != nil
    }
}

extension PageEnvironment {
    func provenance(of info: ItemInfo, text: ResolvedText) -> ItemProvenance {
        let explanation: String? =
            switch info.status {
            case .confirmed: nil
            case .partlyConfirmed: t(.statusExplainPartlyConfirmed)
            case .numberPending: t(.statusExplainNumberPending)
            case .awaitingOfficialText: t(.statusExplainAwaitingOfficialText)
            }
        return ItemProvenance(
            statusLabel: statusLabel(info.status), statusExplanation: explanation,
            note: text.text.statusNote, sources: info.sources)
    }
}

/// The body of an item page: what every detail page shows about its main item.
struct ItemBody: Sendable {
    let title: String
    let summary: String
    let html: String
    let provenance: ItemProvenance
    /// Set when the text is not in the page's language (a fallback), for `lang`/`dir`.
    let lang: String?
    let dir: String?
}

extension PageEnvironment {
    func body(of info: ItemInfo) -> (ItemBody, ResolvedText) {
        let text = self.text(info)
        let foreign = foreignLang(text)
        return (
            ItemBody(
                title: text.text.title, summary: text.text.summary, html: markdown.html(text.text.body),
                provenance: provenance(of: info, text: text), lang: foreign,
                dir: foreign.map { _ in text.language.isRightToLeft ? "rtl" : "ltr" }), text
        )
    }
}
