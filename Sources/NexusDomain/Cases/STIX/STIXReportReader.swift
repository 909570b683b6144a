import Foundation

/// Reads one report and the objects that belong to it into a case. Each object is read
/// through our extension when it carries it, exactly; otherwise from its STIX properties
/// and labels, as another tool wrote it. Problems are collected, not thrown, so that a
/// refusal names all of them.
struct STIXReportReader {
    /// The objects of one report, by what they become.
    struct Members {
        var actors: [STIXValue] = []
        var relationships: [STIXValue] = []
        var locations: [STIXValue] = []
        var notes: [STIXValue] = []

        mutating func add(_ object: STIXValue) {
            switch object["type"]?.stringValue {
            case "threat-actor": actors.append(object)
            case "identity" where object["id"]?.stringValue != STIXIdentifiers.toolkitIdentity: actors.append(object)
            case "relationship": relationships.append(object)
            case "location": locations.append(object)
            case "note": notes.append(object)
            default: break
            }
        }
    }

    let report: STIXValue
    let members: Members
    let contents: [String: STIXTexts.Translations]
    private(set) var problems: [STIXImport.Problem] = []
    private(set) var skipped: [STIXImport.Skipped] = []
    /// The objects the case took.
    private(set) var used: Set<String> = []
    /// Local identifiers made for objects without our extension, which never take one
    /// that an object with it already has.
    private var pool = IdentifierPool()

    init(report: STIXValue, members: Members, contents: [String: STIXTexts.Translations]) {
        self.report = report
        self.members = members
        self.contents = contents
        let all = members.actors + members.relationships + members.notes
        pool.taken = Set(all.compactMap { STIXExtension.properties(of: $0)?["local_id"]?.stringValue })
    }

    private var reportID: String { report["id"]?.stringValue ?? "" }

    /// The case, or `nil` when a problem stops it from being read at all.
    mutating func read() -> NexusCase? {
        let ext = STIXExtension.properties(of: report)
        guard let source = language(of: report, fallback: nil) else { return nil }
        used.insert(reportID)
        let texts = self.texts(["name", "description"], of: report, source: source)
        let labels = Labels(report["labels"]?.strings ?? [])
        let form = ext.flatMap { value($0, "form", NexusForm.init(rawValue:)) } ?? labels.first(.form, NexusForm.init(rawValue:))
        let stage = ext.flatMap { value($0, "stage", NexusStage.init(rawValue:)) } ?? labels.first(.stage, NexusStage.init(rawValue:))
        if form == nil { problems.append(.init(reportID, .noForm)) }
        if stage == nil { problems.append(.init(reportID, .noStage)) }
        let sources = self.sources(ext: ext)
        let actors = self.actors(source: source)
        let relationships = self.relationships(actors: actors.byObject, sources: sources, source: source)
        let (analysis, events) = notes(source: source)
        var (regions, countries) = locations()
        // Our extension lists the classification; without it, the labels do.
        func list<T>(_ key: String, _ prefix: STIXVocabulary.LabelPrefix, _ parse: (String) -> T?) -> [T] {
            if let ext { return values(ext, key, parse) }
            return labels.all(prefix, parse, problems: &problems, at: reportID)
        }
        let slug: (String) -> String? = { $0.isValidSlug ? $0 : nil }
        if ext == nil { regions += labels.all(.region, slug, problems: &problems, at: reportID).map { RegionID($0) } }
        let markets = list("markets", .market, CrimeMarket.init(rawValue:))
        let factors = list("factors", .factor, EnablingFactor.init(rawValue:))
        let watchPoints = list("watch_points", .watchPoint, WatchPoint.init(rawValue:))
        let practices = list("practices", .practice, slug)
        let instruments = list("instruments", .instrument, slug)
        let title = texts["name"] ?? TranslatableText()
        var record = NexusCase(
            id: CaseID(ext?["case_id"]?.stringValue ?? ForeignValues.slug(title[source] ?? "", report: reportID)),
            origin: labels.first(.origin, CaseOrigin.init(rawValue:)) ?? .documented, sourceLanguage: source, title: title,
            summary: texts["description"] ?? TranslatableText(), analysis: analysis, regions: regions, countries: countries, markets: markets,
            form: form ?? .transactional, stage: stage ?? .coexistence, factors: factors, watchPoints: watchPoints,
            practices: practices, instruments: instruments, sources: sources.list + (relationships.madeSource.map { [$0] } ?? []),
            actors: actors.list, relationships: relationships.list, events: events)
        // Another tool's report arrives as a draft, at the level its TLP marking gives.
        record.status = .draft
        record.publication = tlpLevel ?? .restricted
        if let ext { read(ext, into: &record) }
        return form == nil || stage == nil ? nil : record
    }

    /// The report's extension: what only our exports say.
    private mutating func read(_ ext: [String: STIXValue], into record: inout NexusCase) {
        if let status = value(ext, "status", CaseStatus.init(rawValue:)) { record.status = status }
        if let publication = value(ext, "publication", PublicationLevel.init(rawValue:)) { record.publication = publication }
        record.restrictedTo = Set(values(ext, "restricted_to", Role.init(rawValue:)))
        if let origin = value(ext, "origin", CaseOrigin.init(rawValue:)) { record.origin = origin }
        record.periodStart = value(ext, "period_start", PartialDate.init)
        record.periodEnd = value(ext, "period_end", PartialDate.init)
    }

    // MARK: Parts

    private mutating func sources(ext: [String: STIXValue]?) -> (list: [CaseSource], byReference: [STIXValue: String]) {
        var list: [CaseSource] = []
        var byReference: [STIXValue: String] = [:]
        for reference in report["external_references"]?.array ?? [] {
            let name = reference["source_name"]?.stringValue ?? ""
            let source: CaseSource
            if let ext {
                let id = reference["external_id"]?.stringValue ?? pool.next("s")
                let grade = ext["source_grades"]?[id]?.stringValue
                guard let grade, let parsed = AdmiraltyGrade(grade) else {
                    problems.append(.init(reportID, .unreadableValue(property: "source_grades.\(id)", value: grade ?? "")))
                    continue
                }
                source = CaseSource(id: id, citation: name, url: reference["url"]?.stringValue, grade: parsed)
            } else {
                source = CaseSource(
                    id: pool.next("s"), citation: ForeignValues.citation(reference), url: reference["url"]?.stringValue,
                    grade: .init(.f, .cannotBeJudged))
            }
            list.append(source)
            byReference[Self.key(of: reference)] = source.id
        }
        return (list, byReference)
    }

    private mutating func actors(source: Language) -> (list: [CaseActor], byObject: [String: String]) {
        var list: [CaseActor] = []
        var byObject: [String: String] = [:]
        for object in members.actors {
            guard let id = object["id"]?.stringValue else { continue }
            let ext = STIXExtension.properties(of: object)
            let language = self.language(of: object, fallback: source) ?? source
            let alias = texts(["name"], of: object, source: source, language: language)["name"] ?? TranslatableText()
            let labels = Labels(object["labels"]?.strings ?? [])
            let local = ext?["local_id"]?.stringValue ?? pool.next("a")
            let type =
                ext.flatMap { value($0, "actor_type", at: id, CaseActorType.init(rawValue:)) } ?? labels.first(
                    .actorType, CaseActorType.init(rawValue:))
                ?? Self.actorType(object)
            var actor = CaseActor(id: local, type: type, alias: alias)
            if let ext {
                actor.size = value(ext, "size", at: id, ActorSize.init(rawValue:))
                actor.region = value(ext, "region", at: id) { $0.isValidSlug ? RegionID($0) : nil }
                actor.activeFrom = value(ext, "active_from", at: id, PartialDate.init)
                actor.activeTo = value(ext, "active_to", at: id, PartialDate.init)
            } else {
                actor.size = labels.first(.size, ActorSize.init(rawValue:))
                actor.activeFrom = object["first_seen"]?.stringValue.flatMap(STIXTime.moment).flatMap(STIXTime.day)
                actor.activeTo = object["last_seen"]?.stringValue.flatMap(STIXTime.moment).flatMap(STIXTime.day)
            }
            list.append(actor)
            byObject[id] = local
            used.insert(id)
        }
        return (list, byObject)
    }

    private mutating func relationships(
        actors: [String: String], sources: (list: [CaseSource], byReference: [STIXValue: String]), source: Language
    ) -> (list: [CaseRelationship], madeSource: CaseSource?) {
        var list: [CaseRelationship] = []
        var made: CaseSource?
        for object in members.relationships {
            guard let id = object["id"]?.stringValue else { continue }
            guard let from = object["source_ref"]?.stringValue.flatMap({ actors[$0] }),
                let to = object["target_ref"]?.stringValue.flatMap({ actors[$0] }),
                let type = object["relationship_type"]?.stringValue.flatMap(RelationshipType.init(rawValue:))
            else {
                skipped.append(.init(type: "relationship", id: id, reason: .unsupportedRelationship))
                continue
            }
            let ext = STIXExtension.properties(of: object)
            let language = self.language(of: object, fallback: source) ?? source
            let note = texts(["description"], of: object, source: source, language: language)["description"] ?? TranslatableText()
            var relation = CaseRelationship(
                id: ext?["local_id"]?.stringValue ?? pool.next("r"), from: from, to: to, type: type, source: "", note: note)
            if let ext {
                relation.source = ext["source"]?.stringValue ?? ""
                relation.start = value(ext, "start", at: id, PartialDate.init)
                relation.end = value(ext, "end", at: id, PartialDate.init)
            } else {
                let cited = (object["external_references"]?.array ?? []).lazy.compactMap { sources.byReference[Self.key(of: $0)] }.first
                if cited == nil, sources.list.isEmpty, made == nil {
                    made = CaseSource(id: pool.next("s"), citation: "STIX report \(reportID)", grade: .init(.f, .cannotBeJudged))
                }
                relation.source = cited ?? sources.list.first?.id ?? made?.id ?? ""
                relation.start = object["start_time"]?.stringValue.flatMap(STIXTime.moment).flatMap(STIXTime.day)
                relation.end = object["stop_time"]?.stringValue.flatMap(STIXTime.moment).flatMap(STIXTime.day)
            }
            list.append(relation)
            used.insert(id)
        }
        return (list, made)
    }

    /// The analysis and the events. Notes from other tools join the analysis, each as a
    /// paragraph of its own.
    private mutating func notes(source: Language) -> (analysis: TranslatableText, events: [CaseEvent]) {
        var analysis = TranslatableText()
        var foreign: [TranslatableText] = []
        var events: [CaseEvent] = []
        for object in members.notes {
            guard let id = object["id"]?.stringValue else { continue }
            let ext = STIXExtension.properties(of: object)
            let language = self.language(of: object, fallback: source) ?? source
            let content = texts(["content"], of: object, source: source, language: language)["content"] ?? TranslatableText()
            used.insert(id)
            switch ext?["subject"]?.stringValue {
            case STIXExtension.Subject.event.rawValue?:
                guard let ext, let date = value(ext, "date", at: id, PartialDate.init) else {
                    if ext?["date"] == nil { problems.append(.init(id, .unreadableValue(property: "date", value: ""))) }
                    continue
                }
                events.append(
                    CaseEvent(id: ext["local_id"]?.stringValue ?? pool.next("e"), date: date, text: content, source: ext["source"]?.stringValue))
            case STIXExtension.Subject.analysis.rawValue?: analysis = content
            default: foreign.append(content)
            }
        }
        return (foreign.isEmpty ? analysis : ForeignValues.joined([analysis] + foreign, source: source), events)
    }

    private mutating func locations() -> (regions: [RegionID], countries: [CountryCode]) {
        var regions: [RegionID] = []
        var countries: [CountryCode] = []
        for object in members.locations {
            guard let id = object["id"]?.stringValue else { continue }
            if let slug = STIXExtension.properties(of: object)?["region"]?.stringValue, slug.isValidSlug {
                regions.append(RegionID(slug))
            } else if let code = object["country"]?.stringValue.flatMap({ CountryCode($0) }) {
                countries.append(code)
            } else {
                skipped.append(.init(type: "location", id: id, reason: .unreadableLocation))
                continue
            }
            used.insert(id)
        }
        return (regions, countries)
    }

    // MARK: Values

    /// The publication level the report's TLP marking stands for.
    private var tlpLevel: PublicationLevel? {
        (report["object_marking_refs"]?.strings ?? []).lazy.compactMap(STIXVocabulary.publication(marking:)).first
    }

    /// The language of `object`'s texts: its `lang`, else `fallback`, else English; `nil`
    /// (with a problem) for a language the toolkit does not publish.
    private mutating func language(of object: STIXValue, fallback: Language?) -> Language? {
        guard let code = object["lang"]?.stringValue else { return fallback ?? .source }
        if let language = Language(rawValue: code) { return language }
        if fallback == nil { problems.append(.init(object["id"]?.stringValue, .unsupportedLanguage(code))) }
        return fallback
    }

    private func texts(_ properties: [String], of object: STIXValue, source: Language, language: Language? = nil) -> [String: TranslatableText] {
        STIXTexts.read(
            properties, of: object, language: language ?? source, caseSource: source, contents: contents[object["id"]?.stringValue ?? ""] ?? [:],
            ext: STIXExtension.properties(of: object))
    }

    /// An extension property of the object `place` (the report by default) read with
    /// `parse`; a value it cannot read is a problem.
    private mutating func value<T>(_ ext: [String: STIXValue], _ key: String, at place: String? = nil, _ parse: (String) -> T?) -> T? {
        guard let raw = ext[key] else { return nil }
        if let text = raw.stringValue, let parsed = parse(text) { return parsed }
        problems.append(.init(place ?? reportID, .unreadableValue(property: key, value: raw.stringValue ?? "\(raw)")))
        return nil
    }

    private mutating func values<T>(_ ext: [String: STIXValue], _ key: String, _ parse: (String) -> T?) -> [T] {
        var read: [T] = []
        for item in ext[key]?.array ?? [] {
            if let text = item.stringValue, let parsed = parse(text) {
                read.append(parsed)
            } else {
                problems.append(.init(reportID, .unreadableValue(property: key, value: item.stringValue ?? "\(item)")))
            }
        }
        return read
    }

    /// What identifies an external reference when a relationship cites a report's source.
    private static func key(of reference: STIXValue) -> STIXValue {
        .map(["source_name": reference["source_name"] ?? .null, "url": reference["url"] ?? .null])
    }

    /// The type of another tool's actor, from its object type and vocabularies.
    private static func actorType(_ object: STIXValue) -> CaseActorType {
        if object["type"]?.stringValue == "identity" {
            return STIXVocabulary.actorType(identityClass: object["identity_class"]?.stringValue, sectors: object["sectors"]?.strings ?? [])
        }
        return STIXVocabulary.actorType(threatActorTypes: object["threat_actor_types"]?.strings ?? [])
    }
}
