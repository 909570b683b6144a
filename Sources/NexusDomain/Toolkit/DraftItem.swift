/// One item on its way into a snapshot: its English structure, its texts, and the
/// references that survived checking.
struct DraftItem {
    let id: ContentItemID
    let info: ItemInfo
    private(set) var fields: [String: ContentValue]

    init(source: ContentDocument, versions: [Language: ContentDocument], problems: inout [ContentProblem]) {
        id = source.itemID
        fields = source.fields
        let sourceHash = SourceHash.of(source)
        var texts: [Language: ItemText] = [.source: ItemText(document: source)]
        var stale: Set<Language> = []
        for language in Language.translations {
            guard let translation = versions[language] else {
                problems.append(
                    ContentProblem(
                        .warning, .missingTranslation, at: id.description,
                        "no \(language.nativeName) (\(language.code)) translation yet; readers get English"))
                continue
            }
            let text = ItemText(document: translation)
            let sourceSteps = texts[.source]!.keyActions.count
            if text.keyActions.count != sourceSteps {
                problems.append(
                    ContentProblem(
                        .error, .schema, at: translation.location,
                        "has \(text.keyActions.count) key actions but the English text has \(sourceSteps); readers get English"))
                continue
            }
            texts[language] = text
            if translation.translatedSourceHash != sourceHash {
                stale.insert(language)
                problems.append(
                    ContentProblem(
                        .warning, .staleTranslation, at: translation.location,
                        "translates an older English text (source_hash \(translation.translatedSourceHash ?? "none"), current \(sourceHash))"))
            }
        }
        info = ItemInfo(
            id: id,
            status: source.fields["status"]?.stringValue.flatMap(ContentStatus.init(rawValue:)) ?? .confirmed,
            sources: source.fields["sources"]?.stringListValue ?? [],
            order: source.fields["order"]?.intValue,
            text: Localized(texts: texts, staleLanguages: stale)
        )
    }

    /// Drops references to items that do not exist, reporting each.
    mutating func checkReferences(known: [ContentKind: Set<String>], problems: inout [ContentProblem]) {
        for spec in ContentSchema.fields(for: id.kind) {
            let location = "\(id.kind.folder)/\(id.slug)/en.md"
            switch spec.type {
            case .reference(let kind):
                guard let slug = fields[spec.name]?.stringValue else { continue }
                if known[kind]?.contains(slug) != true {
                    problems.append(
                        ContentProblem(
                            .error, .reference, at: location,
                            "`\(spec.name)` names \(kind.folder)/\(slug), which does not exist"))
                }
            case .referenceList(let kind):
                guard let slugs = fields[spec.name]?.stringListValue else { continue }
                let kept = slugs.filter { slug in
                    if kind == id.kind && slug == id.slug {
                        problems.append(
                            ContentProblem(
                                .error, .reference, at: location,
                                "`\(spec.name)` names this item itself"))
                        return false
                    }
                    guard known[kind]?.contains(slug) == true else {
                        problems.append(
                            ContentProblem(
                                .error, .reference, at: location,
                                "`\(spec.name)` names \(kind.folder)/\(slug), which does not exist"))
                        return false
                    }
                    return true
                }
                fields[spec.name] = .list(kept.map(ContentValue.string))
            default:
                continue
            }
        }
    }

    // MARK: Typed items

    private func strings(_ name: String) -> [String] { fields[name]?.stringListValue ?? [] }
    private func basis(_ name: String) -> LinkBasis {
        fields[name]?.stringValue.flatMap(LinkBasis.init(rawValue:)) ?? .editorial
    }

    var conceptSection: ConceptSection {
        ConceptSection(info: info, group: fields["group"]?.stringValue ?? "background")
    }

    var theme: Theme { Theme(info: info, letter: fields["letter"]?.stringValue ?? "?") }

    var practice: Practice {
        Practice(
            info: info, number: fields["number"]?.intValue, theme: fields["theme"]?.stringValue ?? "",
            keyActors: strings("key_actors"), standards: strings("standards"),
            standardsBasis: basis("standards_basis"), initiatives: strings("initiatives"),
            initiativesBasis: basis("initiatives_basis"), related: strings("related"))
    }

    var instrument: Instrument {
        Instrument(
            info: info, year: fields["year"]?.intValue ?? 0,
            kind: fields["instrument_kind"]?.stringValue ?? "", url: fields["url"]?.stringValue ?? "")
    }

    var actor: ActorType { ActorType(info: info) }

    var region: Region { Region(info: info) }

    var meeting: Meeting {
        Meeting(
            info: info, region: RegionID(fields["region"]?.stringValue ?? ""), country: fields["country"]?.stringValue ?? "",
            start: fields["start"]?.stringValue.flatMap(PartialDate.init) ?? PartialDate("1900")!,
            end: fields["end"]?.stringValue.flatMap(PartialDate.init), themes: strings("themes"),
            documents: strings("documents"))
    }

    var initiative: Initiative {
        Initiative(
            info: info, url: fields["url"]?.stringValue ?? "",
            started: fields["started"]?.intValue, ended: fields["ended"]?.intValue)
    }
}
