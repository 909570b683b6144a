/// Checks that every name a template reads exists in the model it is rendered with.
///
/// Mustache renders a name it cannot find as nothing, so a typo in a template, or a field
/// renamed in a page model, silently empties part of a page. Fed every page a test suite
/// renders, this check walks each template as Mustache would — through sections, partials
/// and the layout's blocks — and looks every name up in the model (the same tree
/// ``TemplateTree`` gives Mustache). It reports a name looked up and not found, and, once
/// everything is rendered, every name that no render ever reached (inside sections that were
/// always empty), so that a name is never left unchecked.
public struct TemplateVariableCheck: Sendable {
    /// A name a template reads.
    public struct Use: Hashable, Sendable, CustomStringConvertible {
        public let template: String
        public let name: String
        public var description: String { "\(template): {{\(name)}}" }
    }

    private let templates: [String: [TemplateToken]]
    /// Names looked up and not found, with the template rendered.
    public private(set) var missing: Set<Use> = []
    private var reached: Set<Use> = []

    /// Reads every template of `sources` (name → text).
    public init(sources: [String: String]) throws {
        templates = try sources.mapValues { _ in [] }.reduce(into: [:]) { result, entry in
            result[entry.key] = try TemplateToken.parse(sources[entry.key]!, template: entry.key)
        }
    }

    /// Every name of every template that no check has reached yet.
    public var unreached: [Use] {
        var all = Set<Use>()
        for (name, tokens) in templates { collect(tokens, template: name, into: &all) }
        return all.subtracting(reached).sorted { ($0.template, $0.name) < ($1.template, $1.name) }
    }

    /// Walks `template` with `model`, the tree Mustache receives (``TemplateTree/convert(_:)``),
    /// or what a ``RenderObservation`` recorded.
    public mutating func check(template: String, model: Any) {
        let tree = (model as? RenderedTree)?.value ?? model
        walk(templates[template] ?? [], template: template, stack: [tree], blocks: [:])
    }

    /// A block's content with the template it is written in, for naming what it reads.
    private typealias Override = (template: String, tokens: [TemplateToken])

    private mutating func walk(_ tokens: [TemplateToken], template: String, stack: [Any], blocks: [String: Override]) {
        for token in tokens {
            switch token {
            case .variable(let name):
                _ = resolve(name, template: template, in: stack)
            case .section(let name, let inverted, let empty, let inner):
                let value = resolve(name, template: template, in: stack)
                if empty {
                    // `{{#empty(x)}}` shows when x is empty, `{{^empty(x)}}` when it is not; neither iterates x.
                    if Self.isTruthy(value) == inverted { walk(inner, template: template, stack: stack, blocks: blocks) }
                } else if inverted {
                    if !Self.isTruthy(value) { walk(inner, template: template, stack: stack, blocks: blocks) }
                } else if let items = value as? [Any] {
                    for item in items { walk(inner, template: template, stack: stack + [item], blocks: blocks) }
                } else if let value, Self.isTruthy(value) {
                    walk(inner, template: template, stack: value is Bool ? stack : stack + [value], blocks: blocks)
                }
            case .partial(let name):
                walk(templates[name] ?? [], template: name, stack: stack, blocks: blocks)
            case .parent(let name, let overrides):
                let own = overrides.mapValues { (template: template, tokens: $0) }
                walk(templates[name] ?? [], template: name, stack: stack, blocks: blocks.merging(own) { outer, _ in outer })
            case .block(let name, let defaults):
                let content = blocks[name] ?? (template: template, tokens: defaults)
                walk(content.tokens, template: content.template, stack: stack, blocks: blocks)
            }
        }
    }

    /// The value of `name` as Mustache finds it: the first segment in the innermost context
    /// that has it, the others inside that; `nil` when it is absent or not found (which is
    /// recorded as missing).
    private mutating func resolve(_ name: String, template: String, in stack: [Any]) -> Any? {
        let use = Use(template: template, name: name)
        reached.insert(use)
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first, let start = stack.reversed().lazy.compactMap({ Self.member(first, of: $0) }).first else {
            missing.insert(use)
            return nil
        }
        var value = start
        for part in parts.dropFirst() {
            if Self.isNull(value) { return nil }
            guard let next = Self.member(part, of: value) else {
                missing.insert(use)
                return nil
            }
            value = next
        }
        return value
    }

    private static func member(_ name: String, of value: Any) -> Any? {
        if let dictionary = value as? [String: Any] { return dictionary[name] }
        if let strings = value as? [String: String] { return strings[name] }
        return nil
    }

    private static func isNull(_ value: Any) -> Bool { value is TemplateNull }

    private static func isTruthy(_ value: Any?) -> Bool {
        guard let value, !isNull(value) else { return false }
        if let flag = value as? Bool { return flag }
        if let items = value as? [Any] { return !items.isEmpty }
        if let text = value as? String { return !text.isEmpty }
        return true
    }

    private func collect(_ tokens: [TemplateToken], template: String, into uses: inout Set<Use>) {
        for token in tokens {
            switch token {
            case .variable(let name): uses.insert(Use(template: template, name: name))
            case .section(let name, _, _, let inner):
                uses.insert(Use(template: template, name: name))
                collect(inner, template: template, into: &uses)
            case .partial: continue
            case .parent(_, let blocks): for (_, inner) in blocks { collect(inner, template: template, into: &uses) }
            case .block(_, let inner): collect(inner, template: template, into: &uses)
            }
        }
    }
}
