@testable import NexusDomain
import NexusTestSupport

/// The safety properties every rendering must have, as a list of violations.
enum SafetyCheck {
    static let allowedTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
        "hr", "br", "em", "strong", "a", "img",
    ]
    static let allowedAttributes: Set<String> = ["href", "title", "src", "alt", "start", "class"]
    static let dangerousTags: Set<String> = [
        "script", "iframe", "form", "input", "svg", "style", "object", "embed", "meta", "base", "math", "link",
    ]

    static func violations(in html: String) -> [String] {
        let scanned = HTMLTagScanner.scan(html)
        var problems: [String] = []
        if scanned.markupDeclarations > 0 { problems.append("comment or declaration") }
        for tag in scanned.tags {
            if dangerousTags.contains(tag.name) { problems.append("dangerous <\(tag.name)>") }
            if !allowedTags.contains(tag.name) { problems.append("unexpected <\(tag.name)>") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") { problems.append("event handler \(attribute.name) on <\(tag.name)>") }
                if !allowedAttributes.contains(attribute.name) { problems.append("unexpected \(attribute.name)") }
                if attribute.name == "href" || attribute.name == "src",
                    !MarkdownURLPolicy.isAllowed(attribute.value)
                {
                    problems.append("refused URL \(attribute.value) in \(attribute.name)")
                }
                if attribute.name == "href" || attribute.name == "src", looksDangerous(attribute.value) {
                    problems.append("dangerous URL \(attribute.value) in \(attribute.name)")
                }
            }
        }
        return problems
    }

    /// A check independent of `MarkdownURLPolicy`, so a bug there cannot hide here:
    /// with controls and whitespace gone, no dangerous scheme may appear anywhere.
    private static func looksDangerous(_ url: String) -> Bool {
        let squeezed = String(
            String.UnicodeScalarView(
                url.unicodeScalars.filter {
                    $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace
                })
        ).lowercased()
        let schemes = ["javascript:", "vbscript:", "data:", "file:", "livescript:"]
        return squeezed.hasPrefix("//") || squeezed.hasPrefix("\\\\") || squeezed.hasPrefix("/\\")
            || squeezed.hasPrefix("\\/") || schemes.contains { squeezed.contains($0) }
    }
}
