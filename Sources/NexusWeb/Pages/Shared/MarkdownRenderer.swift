import NexusDomain
import NexusLocalization
import Ink
import Synchronization

/// Renders toolkit Markdown to HTML, remembering each result.
///
/// Content changes only on publish, so the same texts are rendered again and
/// again; the cache turns that into a dictionary lookup. It is keyed by the
/// Markdown itself, so a new snapshot never sees a stale rendering.
final class MarkdownRenderer: Sendable {
    private let cache = Mutex<[String: String]>([:])
    private let limit = 20_000

    func html(_ markdown: String) -> String {
        if markdown.isEmpty { return "" }
        if let cached = cache.withLock({ $0[markdown] }) { return cached }
        let rendered = MarkdownParser().html(from: markdown)
        cache.withLock { entries in
            if entries.count >= limit { entries.removeAll() }
            entries[markdown] = rendered
        }
        return rendered
    }
}
