public import NexusDomain

/// Cases as search documents: one per case and language it has a title in, with its
/// summary, analysis and actors' aliases as text, filtered by region and practice, and
/// carrying its audience so that search shows it only to those who may read it.
public enum CaseSearchSource: SearchSource {
    /// The source name of the cases' documents.
    public static let source = "cases"
    /// Cases are the one kind.
    public static let kinds: [SearchKind] = [.case]
    /// Cases are filtered by region and by the practices they exercise.
    public static let facets: [SearchFacet] = [.region, .practice]

    /// The documents of one case.
    public static func documents(of record: NexusCase) -> [SearchDocument] {
        let audience = CaseAccess.audience(of: record)
        let words = audience == .everyone ? [] : audience.words
        return record.languages.sorted { $0.rawValue < $1.rawValue }.map { language in
            func text(_ field: TranslatableText) -> String? { field[language] }
            let narrative = [record.summary, record.analysis].compactMap(text).map { MarkdownDocument(parsing: $0).plainText }
            let aliases = record.actors.compactMap { text($0.alias) }
            return SearchDocument(
                id: "\(source):\(record.id)/\(language.code)", source: source, kind: .case, item: record.id.rawValue,
                language: language, title: record.title[language] ?? "", text: (narrative + aliases).joined(separator: "\n"),
                facets: [.region: record.regions.map(\.rawValue), .practice: record.practices], audience: words)
        }
    }
}
