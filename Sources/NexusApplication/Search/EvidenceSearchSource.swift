public import NexusDomain
public import NexusPersistence

/// Findings as search documents: one per finding and language it is written in, found
/// by their words and filtered by region.
public enum EvidenceSearchSource: SearchSource {
    /// The source name of the findings' documents.
    public static let source = "findings"
    /// Findings are the one kind.
    public static let kinds: [SearchKind] = [.finding]
    /// Findings are filtered by their region.
    public static let facets: [SearchFacet] = [.region]
    /// Titles are the start of the text, cut at a word.
    static let titleLength = 90

    /// The documents of one finding.
    public static func documents(of finding: Finding, snapshot: ToolkitSnapshot) -> [SearchDocument] {
        finding.texts.sorted { $0.key.rawValue < $1.key.rawValue }.map { language, text in
            let regionTitle = snapshot.region(slug: finding.region.rawValue).map { $0.info.text.resolve(language).text.title }
            return SearchDocument(
                id: "\(source):\(finding.id)/\(language.code)", source: source, kind: .finding, item: finding.id.rawValue,
                language: language, title: title(of: text),
                text: [text, regionTitle].compactMap { $0 }.joined(separator: "\n"), facets: [.region: [finding.region.rawValue]])
        }
    }

    /// The first sentence of a text, or its first words when the sentence is long.
    public static func title(of text: String) -> String {
        let sentenceEnd = text.firstIndex { ".!?؟".contains($0) }
        let sentence = sentenceEnd.map { String(text[...$0]) } ?? text
        guard sentence.count > titleLength else { return sentence }
        let cut = sentence.prefix(titleLength)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}

extension EvidenceSearchSource {
    /// The documents of the findings of `region`: they carry its title, so renaming the
    /// region rewrites them.
    static func documents(ofRegion region: RegionID, evidence: EvidenceSnapshot, snapshot: ToolkitSnapshot)
        -> (items: Set<String>, documents: [SearchDocument])
    {
        let findings = evidence.findings(inRegion: region)
        return (Set(findings.map(\.id.rawValue)), findings.flatMap { documents(of: $0, snapshot: snapshot) })
    }
}
