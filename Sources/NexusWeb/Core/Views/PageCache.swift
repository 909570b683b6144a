import NexusApplication
import NexusPersistence
import NexusLocalization
import NexusDomain
import NexusRendering
import NIOCore
import Synchronization

/// Rendered pages of the current toolkit snapshot, by path.
///
/// A toolkit page is a pure function of the published snapshot, its language and
/// its route, so once rendered it can be served again as bytes until the snapshot
/// changes. Each entry remembers the snapshot generation it was rendered from; a
/// new generation empties the cache. Only anonymous, successful page answers are
/// stored, and the cache is bounded so that a crawler cannot make it grow forever.
final class PageCache: Sendable {
    private struct State {
        var generation = -1
        var pages: [String: ByteBuffer] = [:]
    }

    private let state = Mutex(State())
    private let capacity: Int
    /// Whether caching is on; `NEXUS_PAGE_CACHE=off` turns it off (to measure rendering).
    let isEnabled: Bool

    init(capacity: Int = 4_000, isEnabled: Bool = true) {
        self.capacity = capacity
        self.isEnabled = isEnabled
    }

    /// The page rendered for `path` from snapshot `generation`, if there is one.
    func page(for path: String, generation: Int) -> ByteBuffer? {
        guard isEnabled else { return nil }
        return state.withLock { $0.generation == generation ? $0.pages[path] : nil }
    }

    /// Remembers the page rendered for `path` from snapshot `generation`.
    func store(_ page: ByteBuffer, for path: String, generation: Int) {
        guard isEnabled else { return }
        state.withLock { state in
            if state.generation != generation || state.pages.count >= capacity {
                state.pages.removeAll(keepingCapacity: true)
                state.generation = generation
            }
            state.pages[path] = page
        }
    }
}
