import Foundation
import NexusDomain
import NexusLocalization

/// What varies between two renders of the same page — secrets, identifiers, the moment of
/// a test run — replaced by placeholders, so that a snapshot shows only what a change to
/// the code or the templates changed.
enum PageSnapshots {
    static func normalized(_ html: String, language: Language) -> String {
        var text = html
        let patterns: [(String, String)] = [
            (#"value="[A-Za-z0-9_-]{40,}""#, #"value="<secret>""#),
            (#"nxt_[A-Za-z0-9_-]{40,}"#, "<token>"),
            (#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, "<id>"),
            (#"r-[0-9a-f]{16}"#, "<record>"),
            (#"\d{1,2}:\d{2}[^<>\d]{0,16}? UTC"#, "<time> UTC"),
            (#"&quot;at&quot;:&quot;[^&]*&quot;"#, "&quot;at&quot;:&quot;<time>&quot;"),
        ]
        for (pattern, replacement) in patterns {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        for day in [Date.now, Date.now.addingTimeInterval(-86_400)] {
            let t = Self.localizer(language)
            for shown in [t.moment(day), t.day(day)] {
                let date = shown.replacingOccurrences(of: #"[,،]?\s*(à|at)?\s*\d{1,2}:\d{2}.*$"#, with: "", options: .regularExpression)
                if !date.isEmpty { text = text.replacingOccurrences(of: date, with: "<date>") }
            }
        }
        return text
    }

    private static let catalogues = try! Localization.bundled()

    static func localizer(_ language: Language) -> Localizer { catalogues[language] }
}
