import Synchronization

/// Collects what a test renders — each template with the tree it received — so that
/// ``TemplateVariableCheck`` can be run over every page a suite produced. Set for a task
/// with ``ViewRenderer/observation``; never set in production.
public final class RenderObservation: Sendable {
    private let renders = Mutex<[(template: String, model: any Sendable)]>([])

    public init() {}

    func record(_ template: String, _ model: any Sendable) {
        renders.withLock { $0.append((template, model)) }
    }

    /// Every render so far, in order.
    public var all: [(template: String, model: any Sendable)] { renders.withLock { $0 } }
}

/// The tree Mustache receives is built of dictionaries, arrays and scalars, all of which are
/// safe to hand across tasks once built; it is only read afterwards.
struct RenderedTree: @unchecked Sendable {
    let value: Any
}
