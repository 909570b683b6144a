import NexusDomain
import NexusLocalization
import Synchronization

/// Renders toolkit Markdown to HTML through the one parser (``MarkdownDocument``), which
/// escapes raw HTML and drops links to schemes other than http, https and mailto, so that no
/// text an editor, translator or API client writes can put markup or script into a page.
/// Each result is remembered.
///
/// Content changes only on publish, so the same texts are rendered again and
/// again; the cache turns that into a dictionary lookup. It is keyed by the
/// Markdown itself, so a new snapshot never sees a stale rendering.
public final class MarkdownRenderer: Sendable {
    private let cache = Mutex<[String: String]>([:])
    private let limit = 20_000

    /// Creates a renderer with an empty cache.
    public init() {}

    /// The HTML of `markdown`, escaped and filtered as described above.
    public func html(_ markdown: String) -> String {
        if markdown.isEmpty { return "" }
        if let cached = cache.withLock({ $0[markdown] }) { return cached }
        let rendered = MarkdownDocument(parsing: markdown).html
        cache.withLock { entries in
            if entries.count >= limit { entries.removeAll() }
            entries[markdown] = rendered
        }
        return rendered
    }
}
