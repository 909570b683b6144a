public import NexusDomain
public import NexusPersistence

/// The toolkit as search documents: one per item and language that has its own text
/// (fallbacks are not indexed twice), with the practice links as facets.
public enum ToolkitSearchSource: SearchSource {
    /// The source name of the toolkit's documents.
    public static let source = "toolkit"

    /// Every document of the toolkit.
    public static func documents(from snapshot: ToolkitSnapshot) -> [SearchDocument] {
        ContentKind.allCases.flatMap { kind in
            snapshot.infos(of: kind).flatMap { documents(of: $0, snapshot: snapshot) }
        }
    }

    /// The documents of one item, in every language it has.
    public static func documents(of info: ItemInfo, snapshot: ToolkitSnapshot) -> [SearchDocument] {
        // A practice is opened by its number or slug as the snapshot has them.
        if info.id.kind == .practice, snapshot.practice(slug: info.slug) == nil { return [] }
        let facets = facets(of: info, snapshot: snapshot)
        return info.text.texts.sorted { $0.key.rawValue < $1.key.rawValue }.map { language, text in
            // The English short title ("UNTOC", "FATF") is how many readers of every
            // language name an instrument, so each translation is found by it too.
            let alias = info.text.texts[.source]?.shortTitle.flatMap { $0 == text.shortTitle ? nil : $0 }
            let parts =
                [text.shortTitle, text.summary, text.statusNote].compactMap { $0 } + text.keyActions
                + [MarkdownDocument(parsing: text.body).plainText]
            return SearchDocument(
                id: "\(source):\(info.id.kind.rawValue)/\(info.slug)/\(language.code)", source: source, kind: SearchKind(info.id.kind),
                item: info.slug, language: language, title: text.title,
                text: parts.filter { !$0.isEmpty }.joined(separator: "\n"), facets: facets, aliases: alias.map { [$0] } ?? [])
        }
    }

    /// Every kind of toolkit item is searchable.
    public static let kinds = ContentKind.allCases.map(SearchKind.init)

    /// Practices are found by their theme, key actors and standards; themes, actors,
    /// instruments and regions by themselves; meetings by their region.
    public static let facets = SearchFacet.allCases

    private static func facets(of info: ItemInfo, snapshot: ToolkitSnapshot) -> [SearchFacet: [String]] {
        switch info.id.kind {
        case .practice:
            guard let practice = snapshot.practice(slug: info.slug) else { return [:] }
            return [.theme: [practice.theme], .actor: practice.keyActors, .instrument: practice.standards]
        case .theme: return [.theme: [info.slug]]
        case .actor: return [.actor: [info.slug]]
        case .instrument: return [.instrument: [info.slug]]
        case .region: return [.region: [info.slug]]
        case .meeting: return snapshot.meeting(slug: info.slug).map { [.region: [$0.region.rawValue]] } ?? [:]
        case .concept, .initiative: return [:]
        }
    }
}
