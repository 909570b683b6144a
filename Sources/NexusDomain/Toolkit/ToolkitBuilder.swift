/// Turns content documents (from files or from the database) into a ``ToolkitSnapshot``,
/// reporting every problem an editor should fix.
///
/// `nexus content check` and the server use this same builder, so what the check
/// accepts is exactly what the server can publish.
public enum ToolkitBuilder {
    /// A snapshot together with the problems found while building it.
    public struct Result: Sendable {
        /// The toolkit built from every usable document.
        public let snapshot: ToolkitSnapshot
        /// Problems, errors first, then by location.
        public let problems: [ContentProblem]

        /// Whether any problem is an error.
        public var hasErrors: Bool { problems.contains { $0.severity == .error } }

        /// Creates a result; `problems` are sorted, errors first.
        public init(snapshot: ToolkitSnapshot, problems: [ContentProblem]) {
            self.snapshot = snapshot
            self.problems = problems.sorted {
                ($0.severity, $0.location, $0.message) < ($1.severity, $1.location, $1.message)
            }
        }
    }

    /// Builds a snapshot from `documents`, leaving out what cannot be used and saying why.
    public static func build(from documents: [ContentDocument]) -> Result {
        var problems: [ContentProblem] = []
        var items = collectItems(documents, problems: &problems)
        let known = Dictionary(grouping: items.keys, by: \.kind).mapValues { Set($0.map(\.slug)) }
        for id in items.keys.sorted() {
            items[id]!.checkReferences(known: known, problems: &problems)
        }
        let snapshot = assemble(items, problems: &problems)
        return Result(snapshot: snapshot, problems: problems)
    }

    /// Groups valid documents by item, checking schema, translations and staleness.
    private static func collectItems(
        _ documents: [ContentDocument], problems: inout [ContentProblem]
    ) -> [ContentItemID: DraftItem] {
        var byItem: [ContentItemID: [Language: ContentDocument]] = [:]
        for document in documents {
            let schemaProblems = SchemaValidator.problems(in: document)
            problems += schemaProblems
            if schemaProblems.isEmpty { byItem[document.itemID, default: [:]][document.language] = document }
        }
        var items: [ContentItemID: DraftItem] = [:]
        for (id, versions) in byItem {
            guard let source = versions[.source] else {
                problems.append(
                    ContentProblem(
                        .error, .unreadable, at: id.description,
                        "has translations but no usable English file (en.md), so it is left out"))
                continue
            }
            items[id] = DraftItem(source: source, versions: versions, problems: &problems)
        }
        return items
    }

    private static func assemble(
        _ items: [ContentItemID: DraftItem], problems: inout [ContentProblem]
    ) -> ToolkitSnapshot {
        let ordered = items.values.sorted { $0.id < $1.id }
        func of(_ kind: ContentKind) -> [DraftItem] { ordered.filter { $0.id.kind == kind } }
        let themes = of(.theme).map(\.theme).sorted { $0.letter < $1.letter }
        reportDuplicates(themes.map { ($0.letter, $0.info.id) }, what: "theme letter", problems: &problems)
        let letterOf = Dictionary(themes.map { ($0.info.slug, $0.letter) }, uniquingKeysWith: { first, _ in first })
        let practices = of(.practice).map(\.practice).sorted {
            (letterOf[$0.theme] ?? "~", $0.number ?? Int.max, $0.info.order ?? Int.max, $0.info.slug)
                < (letterOf[$1.theme] ?? "~", $1.number ?? Int.max, $1.info.order ?? Int.max, $1.info.slug)
        }
        reportDuplicates(
            practices.compactMap { p in p.number.map { ($0, p.info.id) } }, what: "practice number",
            problems: &problems)
        let groupRank = Dictionary(uniqueKeysWithValues: ContentSchema.conceptGroups.enumerated().map { ($1, $0) })
        let concept = of(.concept).map(\.conceptSection).sorted {
            (groupRank[$0.group] ?? 99, $0.info.order ?? Int.max, $0.info.slug)
                < (groupRank[$1.group] ?? 99, $1.info.order ?? Int.max, $1.info.slug)
        }
        return ToolkitSnapshot(
            concept: concept,
            themes: themes,
            practices: practices,
            instruments: of(.instrument).map(\.instrument).sorted { ($0.year, $0.info.slug) < ($1.year, $1.info.slug) },
            actors: of(.actor).map(\.actor).sorted(by: orderThenSlug),
            initiatives: of(.initiative).map(\.initiative).sorted(by: orderThenSlug),
            regions: of(.region).map(\.region).sorted(by: orderThenSlug),
            meetings: of(.meeting).map(\.meeting).sorted { ($0.start, $0.info.slug) < ($1.start, $1.info.slug) }
        )
    }

    private static func orderThenSlug<T: HasInfo>(_ lhs: T, _ rhs: T) -> Bool {
        (lhs.info.order ?? Int.max, lhs.info.slug) < (rhs.info.order ?? Int.max, rhs.info.slug)
    }

    private static func reportDuplicates<Key: Hashable & CustomStringConvertible>(
        _ pairs: [(Key, ContentItemID)], what: String, problems: inout [ContentProblem]
    ) {
        for (key, ids) in Dictionary(grouping: pairs, by: \.0) where ids.count > 1 {
            let names = ids.map(\.1.description).sorted()
            problems.append(
                ContentProblem(
                    .error, .duplicate, at: names[0],
                    "\(what) \(key) is used by \(names.joined(separator: " and "))"))
        }
    }
}

protocol HasInfo { var info: ItemInfo { get } }
extension ActorType: HasInfo {}
extension Initiative: HasInfo {}
extension Region: HasInfo {}
