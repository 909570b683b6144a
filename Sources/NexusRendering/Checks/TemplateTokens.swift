import Foundation

/// The tags of a Mustache template as a tree, read for checking names against models (not
/// for rendering, which swift-mustache does). Only what the product's templates use is
/// read: variables, sections, inverted sections, partials, parents with blocks, comments,
/// and the `name(…)` transform form.
indirect enum TemplateToken: Sendable, Equatable {
    case variable(String)
    /// A section; `empty` when written `{{#empty(name)}}`, which tests the list rather than
    /// iterating it.
    case section(String, inverted: Bool, empty: Bool, [TemplateToken])
    case partial(String)
    case parent(String, blocks: [String: [TemplateToken]])
    case block(String, [TemplateToken])

    /// A template that cannot be read: an unclosed tag or section.
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// The tokens of `text`.
    static func parse(_ text: String, template: String) throws -> [TemplateToken] {
        var tags: [(kind: Character?, name: String)] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let triple = rest.first == "{"
            guard let close = rest.range(of: triple ? "}}}" : "}}") else {
                throw Malformed(description: "\(template): a tag is not closed")
            }
            var body = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
            var kind: Character?
            if let first = body.first, "#^/>!<$&{".contains(first) {
                kind = first == "{" || first == "&" ? nil : first
                body = body.dropFirst()
            }
            tags.append((kind, body.trimmingSpaces()))
        }
        var index = 0
        let tokens = try read(&index, tags, until: nil, template: template)
        return tokens
    }

    private static func read(
        _ index: inout Int, _ tags: [(kind: Character?, name: String)], until closing: String?, template: String
    ) throws -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        while index < tags.count {
            let (kind, raw) = tags[index]
            index += 1
            let name = plainName(raw)
            switch kind {
            case nil: tokens.append(.variable(name))
            case "!": continue
            case ">": tokens.append(.partial(name))
            case "/":
                guard raw == closing else { throw Malformed(description: "\(template): {{/\(raw)}} closes \(closing ?? "nothing")") }
                return tokens
            case "#", "^":
                let inner = try read(&index, tags, until: raw, template: template)
                tokens.append(.section(name, inverted: kind == "^", empty: raw.hasPrefix("empty("), inner))
            case "$": tokens.append(.block(name, try read(&index, tags, until: raw, template: template)))
            case "<":
                let inner = try read(&index, tags, until: raw, template: template)
                var blocks: [String: [TemplateToken]] = [:]
                for case .block(let block, let content) in inner { blocks[block] = content }
                tokens.append(.parent(name, blocks: blocks))
            default: continue
            }
        }
        if let closing { throw Malformed(description: "\(template): {{#\(closing)}} is not closed") }
        return tokens
    }

    /// `empty(page.items)` names `page.items`.
    private static func plainName(_ raw: String) -> String {
        guard let open = raw.firstIndex(of: "("), raw.hasSuffix(")") else { return raw }
        return String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)])
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()))
    }
}
