public import NexusDomain
public import NexusPersistence

/// Findings as search documents: one per finding and language it is written in, found
/// by their words and filtered by region.
enum EvidenceSearchSource {
    static let source = "findings"
    /// The kind search gives findings, and the `kind` filter that selects them.
    static let kind = "finding"
    /// Titles are the start of the text, cut at a word.
    static let titleLength = 90

    /// The documents of one finding.
    static func documents(of finding: Finding, snapshot: ToolkitSnapshot) -> [SearchDocument] {
        finding.texts.sorted { $0.key.rawValue < $1.key.rawValue }.map { language, text in
            let regionTitle = snapshot.region(slug: finding.region).map { $0.info.text.resolve(language).text.title }
            return SearchDocument(
                id: "\(source):\(finding.id)/\(language.code)", source: source, kind: kind, item: finding.id,
                language: language, title: title(of: text),
                text: [text, regionTitle].compactMap { $0 }.joined(separator: "\n"),
                url: Route.page(language, .finding(finding.id)).path, facets: ["region": [finding.region]])
        }
    }

    /// The first sentence of a text, or its first words when the sentence is long.
    static func title(of text: String) -> String {
        let sentenceEnd = text.firstIndex { ".!?؟".contains($0) }
        let sentence = sentenceEnd.map { String(text[...$0]) } ?? text
        guard sentence.count > titleLength else { return sentence }
        let cut = sentence.prefix(titleLength)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}

extension SearchIndex {
    /// Makes the findings' part of the index match `evidence` when it does not hold as many
    /// documents as the findings have texts: on a first start, or after an index was lost.
    /// Every write keeps the index in step, so a start does not rewrite tens of thousands
    /// of documents that are already there.
    func reindexEvidenceIfNeeded(_ evidence: EvidenceSnapshot, snapshot: ToolkitSnapshot) async throws {
        let expected = evidence.findings.reduce(0) { $0 + $1.texts.count }
        guard try await count(source: EvidenceSearchSource.source) != expected else { return }
        try await replace(source: EvidenceSearchSource.source,
                          with: evidence.findings.flatMap { EvidenceSearchSource.documents(of: $0, snapshot: snapshot) })
    }
}
