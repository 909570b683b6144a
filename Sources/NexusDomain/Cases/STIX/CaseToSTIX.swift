import Foundation

/// One case as STIX 2.1 objects: a `report`, a `threat-actor` or `identity` per actor, a
/// `relationship` per relationship, a `location` per country and toolkit region, a `note`
/// for the analysis and one per event, and a `language-content` object per object that
/// has translations. Every object of the case is created and modified when the case was,
/// and carries the TLP marking of its publication level and our extension.
struct CaseToSTIX {
    let stored: StoredCase
    /// Toolkit regions' English titles, by slug, to name their locations.
    let regionNames: [String: String]

    /// The objects of the case, and those it shares with other cases (its locations),
    /// which a bundle holds once.
    struct Objects {
        var own: [STIXValue] = []
        var shared: [(id: String, object: STIXValue)] = []
    }

    private var record: NexusCase { stored.record }
    private var source: Language { record.sourceLanguage }
    private var created: String { STIXTime.text(stored.createdAt) }
    private var modified: String { STIXTime.text(stored.updatedAt) }
    private var marking: String { STIXVocabulary.marking(record.publication) }
    private var reportID: String { STIXIdentifiers.report(record.id) }

    func objects() -> Objects {
        let actorIDs = Dictionary(record.actors.map { ($0.id, STIXIdentifiers.actor($0, of: record.id)) }) { first, _ in first }
        let network =
            record.actors.map(actor)
            + record.relationships.compactMap { relation in
                actorIDs[relation.from].flatMap { from in actorIDs[relation.to].map { relationship(relation, from: from, to: $0) } }
            }
        let notes = (record.analysis.isEmpty ? [] : [analysis()]) + record.events.map(event)
        let shared = locations()
        let refs = network.compactMap { $0.0["id"]?.stringValue } + shared.map(\.id) + notes.compactMap { $0.0["id"]?.stringValue }
        // STIX requires a report to refer to something; a case with nothing but its
        // narrative refers to the toolkit that made it.
        let parts = [report(refs: refs.isEmpty ? [STIXIdentifiers.toolkitIdentity] : refs)] + network + notes
        let translations = parts.compactMap { object, translations in
            translations.isEmpty
                ? nil
                : object["id"]?.stringValue.map {
                    STIXTexts.languageContent(for: $0, translations: translations, created: created, modified: modified, marking: marking)
                }
        }
        return Objects(own: parts.map(\.0.value) + translations, shared: shared)
    }

    /// The members every object of the case has.
    private func base(_ type: String, _ id: String) -> STIXObjectBuilder {
        var object = STIXObjectBuilder(type: type, id: id)
        object["created_by_ref"] = .string(STIXIdentifiers.toolkitIdentity)
        object["created"] = .string(created)
        object["modified"] = .string(modified)
        object["object_marking_refs"] = .strings([marking])
        return object
    }

    private func report(refs: [String]) -> (STIXObjectBuilder, STIXTexts.Translations) {
        var object = base("report", reportID)
        var ext: [String: STIXValue] = [
            "case_id": .string(record.id.rawValue), "status": .string(record.status.rawValue),
            "publication": .string(record.publication.rawValue), "origin": .string(record.origin.rawValue),
            "form": .string(record.form.rawValue), "stage": .string(record.stage.rawValue),
        ]
        let translations = STIXTexts.write(
            [("name", record.title), ("description", record.summary)], source: source, into: &object, extension: &ext)
        object["lang"] = .string(source.code)
        object["published"] = .string(created)
        object["report_types"] = .strings(["threat-report"])
        object["object_refs"] = .strings(refs)
        object.set("labels", list: labels)
        if !record.sources.isEmpty { object["external_references"] = .list(record.sources.map(Self.reference)) }
        for (key, values) in [
            ("restricted_to", record.restrictedTo.sorted().map(\.rawValue)), ("markets", record.markets.map(\.rawValue)),
            ("factors", record.factors.map(\.rawValue)), ("watch_points", record.watchPoints.map(\.rawValue)),
            ("practices", record.practices), ("instruments", record.instruments),
        ] where !values.isEmpty {
            ext[key] = .strings(values)
        }
        if let start = record.periodStart { ext["period_start"] = .string(start.description) }
        if let end = record.periodEnd { ext["period_end"] = .string(end.description) }
        if !record.sources.isEmpty {
            ext["source_grades"] = .map(Dictionary(record.sources.map { ($0.id, STIXValue.string($0.grade.description)) }) { a, _ in a })
        }
        object["extensions"] = STIXExtension.value(.report, ext)
        return (object, translations)
    }

    /// The classification as labels (``STIXVocabulary/LabelPrefix``).
    private var labels: [String] {
        typealias Prefix = STIXVocabulary.LabelPrefix
        return [Prefix.form.label(record.form.rawValue), Prefix.stage.label(record.stage.rawValue), Prefix.origin.label(record.origin.rawValue)]
            + record.markets.map { Prefix.market.label($0.rawValue) } + record.factors.map { Prefix.factor.label($0.rawValue) }
            + record.watchPoints.map { Prefix.watchPoint.label($0.rawValue) } + record.regions.map { Prefix.region.label($0.rawValue) }
            + record.practices.map { Prefix.practice.label($0) } + record.instruments.map { Prefix.instrument.label($0) }
    }

    /// A source as an external reference: its citation, link and local id.
    static func reference(_ source: CaseSource) -> STIXValue {
        var members: [String: STIXValue] = ["source_name": .string(source.citation), "external_id": .string(source.id)]
        if let url = source.url { members["url"] = .string(url) }
        return .map(members)
    }

    private func actor(_ actor: CaseActor) -> (STIXObjectBuilder, STIXTexts.Translations) {
        let type = STIXVocabulary.actorObjectType(actor.type)
        var object = base(type, STIXIdentifiers.actor(actor, of: record.id))
        var ext: [String: STIXValue] = ["local_id": .string(actor.id), "actor_type": .string(actor.type.rawValue)]
        let translations = STIXTexts.write([("name", actor.alias)], source: source, into: &object, extension: &ext)
        object["lang"] = .string(source.code)
        if type == "threat-actor" {
            object.set("threat_actor_types", list: STIXVocabulary.threatActorTypes(actor.type))
            object.set("first_seen", actor.activeFrom.map { STIXTime.text(STIXTime.start(of: $0)) })
            object.set("last_seen", actor.activeTo.map { STIXTime.text(STIXTime.end(of: $0)) })
            object.set("resource_level", actor.size.map(STIXVocabulary.resourceLevel))
        } else {
            let identity = STIXVocabulary.identity(actor.type)
            object["identity_class"] = .string(identity.identityClass)
            object.set("sectors", list: identity.sectors)
        }
        typealias Prefix = STIXVocabulary.LabelPrefix
        object.set("labels", list: [Prefix.actorType.label(actor.type.rawValue)] + (actor.size.map { [Prefix.size.label($0.rawValue)] } ?? []))
        if let size = actor.size { ext["size"] = .string(size.rawValue) }
        if let region = actor.region { ext["region"] = .string(region.rawValue) }
        if let from = actor.activeFrom { ext["active_from"] = .string(from.description) }
        if let to = actor.activeTo { ext["active_to"] = .string(to.description) }
        object["extensions"] = STIXExtension.value(.actor, ext)
        return (object, translations)
    }

    private func relationship(_ relation: CaseRelationship, from: String, to: String) -> (STIXObjectBuilder, STIXTexts.Translations) {
        var object = base("relationship", STIXIdentifiers.relationship(relation.id, of: record.id))
        var ext: [String: STIXValue] = ["local_id": .string(relation.id), "source": .string(relation.source)]
        let translations = STIXTexts.write([("description", relation.note)], source: source, into: &object, extension: &ext)
        if !relation.note.isEmpty { object["lang"] = .string(source.code) }
        object["relationship_type"] = .string(relation.type.rawValue)
        object["source_ref"] = .string(from)
        object["target_ref"] = .string(to)
        object.set("start_time", relation.start.map { STIXTime.text(STIXTime.start(of: $0)) })
        object.set("stop_time", relation.end.map { STIXTime.text(STIXTime.end(of: $0)) })
        if let cited = record.sources.first(where: { $0.id == relation.source }) { object["external_references"] = .list([Self.reference(cited)]) }
        if let start = relation.start { ext["start"] = .string(start.description) }
        if let end = relation.end { ext["end"] = .string(end.description) }
        object["extensions"] = STIXExtension.value(.relationship, ext)
        return (object, translations)
    }

    private func analysis() -> (STIXObjectBuilder, STIXTexts.Translations) {
        var object = base("note", STIXIdentifiers.analysis(of: record.id))
        var ext: [String: STIXValue] = [:]
        let translations = STIXTexts.write([("content", record.analysis)], source: source, into: &object, extension: &ext)
        object["lang"] = .string(source.code)
        object["object_refs"] = .strings([reportID])
        object["extensions"] = STIXExtension.value(.analysis, ext)
        return (object, translations)
    }

    private func event(_ event: CaseEvent) -> (STIXObjectBuilder, STIXTexts.Translations) {
        var object = base("note", STIXIdentifiers.event(event.id, of: record.id))
        var ext: [String: STIXValue] = ["local_id": .string(event.id), "date": .string(event.date.description)]
        let translations = STIXTexts.write([("content", event.text)], source: source, into: &object, extension: &ext)
        object["lang"] = .string(source.code)
        object["object_refs"] = .strings([reportID])
        if let cited = event.source {
            ext["source"] = .string(cited)
            if let reference = record.sources.first(where: { $0.id == cited }) { object["external_references"] = .list([Self.reference(reference)]) }
        }
        object["extensions"] = STIXExtension.value(.event, ext)
        return (object, translations)
    }

    /// The case's countries and toolkit regions as locations, which other cases share.
    private func locations() -> [(id: String, object: STIXValue)] {
        let english = Locale(identifier: "en")
        let countries = record.countries.map { code -> (id: String, object: STIXValue) in
            var object = STIXObjectBuilder(type: "location", id: STIXIdentifiers.country(code))
            object["created_by_ref"] = .string(STIXIdentifiers.toolkitIdentity)
            object["created"] = .string(STIXExtension.definedAt)
            object["modified"] = .string(STIXExtension.definedAt)
            object["name"] = .string(english.localizedString(forRegionCode: code.rawValue) ?? code.rawValue)
            object["country"] = .string(code.rawValue)
            return (STIXIdentifiers.country(code), object.value)
        }
        let regions = record.regions.map { slug -> (id: String, object: STIXValue) in
            var object = STIXObjectBuilder(type: "location", id: STIXIdentifiers.region(slug))
            object["created_by_ref"] = .string(STIXIdentifiers.toolkitIdentity)
            object["created"] = .string(STIXExtension.definedAt)
            object["modified"] = .string(STIXExtension.definedAt)
            object["name"] = .string(regionNames[slug.rawValue] ?? slug.rawValue)
            object["region"] = .string(STIXVocabulary.stixRegion(slug))
            object["extensions"] = STIXExtension.value(.region, ["region": .string(slug.rawValue)])
            return (STIXIdentifiers.region(slug), object.value)
        }
        return countries + regions
    }
}
