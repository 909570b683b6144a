import NexusLocalization
import NexusDomain
import Mustache

/// Turns a page model into the dictionaries and arrays that Mustache reads fastest.
///
/// swift-mustache finds a name in a Swift value by reflecting on it with `Mirror`
/// at every lookup, and climbs the context stack doing so; on a practice page that
/// cost about 1 ms per render. Reflecting on each value once, here, and handing
/// Mustache `[String: Any]` (which it reads as a plain dictionary lookup) gives the
/// same output for a fraction of the work.
///
/// An absent optional becomes ``TemplateNull`` rather than a missing key: Mustache
/// looks a missing name up in the enclosing contexts, so a card without a `label`
/// would otherwise show the `label` of the section around it.
public enum TemplateTree {
    /// `value` as nested dictionaries, arrays, strings, numbers and flags.
    public static func convert(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let strings as [String: String]: return strings
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { convert($0.value) } ?? TemplateNull()
        case .collection, .set:
            return mirror.children.compactMap { convert($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, let converted = convert(child.value) else { continue }
                fields[label] = converted
            }
            return fields
        default:
            return value
        }
    }
}

/// A value that is present but empty: renders as nothing and closes sections,
/// without letting Mustache search the enclosing contexts for the name.
struct TemplateNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
