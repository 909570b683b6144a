import Foundation

/// Reads a STIX 2.1 bundle into cases: each `report` becomes one case, with the actors,
/// relationships, locations and notes it refers to (notes that refer to it, and
/// relationships between its actors that no report lists, count as its own too). Our own
/// exports carry the extension and come back exactly as they were; bundles from other
/// tools give what their objects say, with the nexus form and stage read from labels
/// (``STIXVocabulary/LabelPrefix``). Objects no case takes are reported, not refused; a
/// bundle that is not one, a reference to an object that is not in it, or a report that
/// cannot be read fails the whole bundle.
public enum STIXToCase {
    /// The JSON of a request body; throws when it is not JSON.
    public static func parse(_ data: Data) throws -> STIXValue {
        try JSONDecoder().decode(STIXValue.self, from: data)
    }

    /// The cases of `bundle`, or every problem that stops it from being imported.
    public static func read(_ bundle: STIXValue) -> Result<STIXImport.Outcome, Rejected<STIXImport.Problem>> {
        let objects: [STIXValue]
        switch STIXBundleIndex.objects(of: bundle) {
        case .failure(let rejected): return .failure(rejected)
        case .success(let read): objects = read
        }
        let index = STIXBundleIndex(objects)
        var problems = index.brokenReferences()
        let reports = index.objects.filter { $0["type"]?.stringValue == "report" }
        if reports.isEmpty { problems.append(.init(nil, .noReports)) }
        var cases: [STIXImport.Imported] = []
        var skipped: [String: STIXImport.Skipped] = [:]
        var used = Set<String>()
        var caseIDs = Set<CaseID>()
        for report in reports {
            let id = report["id"]?.stringValue ?? ""
            var reader = STIXReportReader(report: report, members: index.members(of: report), contents: index.contents)
            let record = reader.read()
            problems += reader.problems
            used.formUnion(reader.used)
            for entry in reader.skipped { skipped[entry.id] = entry }
            guard let record else { continue }
            if !caseIDs.insert(record.id).inserted { problems.append(.init(id, .duplicateCase(record.id))) }
            cases.append(
                STIXImport.Imported(
                    record: record, report: id, created: report["created"]?.stringValue.flatMap(STIXTime.moment),
                    modified: report["modified"]?.stringValue.flatMap(STIXTime.moment)))
        }
        guard problems.isEmpty else { return .failure(Rejected(problems)) }
        return .success(STIXImport.Outcome(cases: cases, skipped: index.skipped(used: used, specific: skipped)))
    }
}

/// A bundle's objects by identifier, and what belongs to which report.
struct STIXBundleIndex {
    /// The objects, the newest version of each identifier, in the bundle's order.
    let objects: [STIXValue]
    let byID: [String: STIXValue]
    /// The merged `contents` of the language-content objects, by the object they translate.
    let contents: [String: STIXTexts.Translations]
    /// The notes, by each object they refer to.
    let notes: [String: [STIXValue]]
    /// The relationships no report lists.
    let unlistedRelationships: [STIXValue]

    /// The objects of a bundle, or why it is not one.
    static func objects(of bundle: STIXValue) -> Result<[STIXValue], Rejected<STIXImport.Problem>> {
        guard bundle["type"]?.stringValue == "bundle", let id = bundle["id"]?.stringValue, id.hasPrefix("bundle--"),
            STIXIdentifiers.isIdentifier(id), bundle["objects"] == nil || bundle["objects"]?.array != nil
        else { return .failure(Rejected([.init(nil, .notABundle)])) }
        let objects = bundle["objects"]?.array ?? []
        var problems: [STIXImport.Problem] = []
        for (index, object) in objects.enumerated() {
            guard let type = object["type"]?.stringValue, let id = object["id"]?.stringValue, STIXIdentifiers.isIdentifier(id),
                STIXIdentifiers.type(of: id) == type
            else {
                problems.append(.init("objects[\(index)]", .invalidObject))
                continue
            }
        }
        return problems.isEmpty ? .success(objects) : .failure(Rejected(problems))
    }

    init(_ all: [STIXValue]) {
        // STIX allows several versions of an object in one bundle: the newest counts.
        var newest: [String: (Date, STIXValue)] = [:]
        var order: [String] = []
        for object in all {
            guard let id = object["id"]?.stringValue else { continue }
            let modified = object["modified"]?.stringValue.flatMap(STIXTime.moment) ?? .distantPast
            if let kept = newest[id] {
                if modified > kept.0 { newest[id] = (modified, object) }
            } else {
                newest[id] = (modified, object)
                order.append(id)
            }
        }
        objects = order.compactMap { newest[$0]?.1 }
        byID = newest.mapValues(\.1)
        var contents: [String: STIXTexts.Translations] = [:]
        for object in objects where object["type"]?.stringValue == "language-content" {
            guard let target = object["object_ref"]?.stringValue, let languages = object["contents"]?.object else { continue }
            for (language, members) in languages {
                for (property, value) in members.object ?? [:] { contents[target, default: [:]][language, default: [:]][property] = value }
            }
        }
        self.contents = contents
        var notes: [String: [STIXValue]] = [:]
        for note in objects where note["type"]?.stringValue == "note" {
            for target in Set(note["object_refs"]?.strings ?? []) { notes[target, default: []].append(note) }
        }
        self.notes = notes
        let listed = Set(objects.filter { $0["type"]?.stringValue == "report" }.flatMap { $0["object_refs"]?.strings ?? [] })
        unlistedRelationships = objects.filter { $0["type"]?.stringValue == "relationship" && !listed.contains($0["id"]?.stringValue ?? "") }
    }

    /// Every reference that names an object not in the bundle: a report's or a note's
    /// `object_refs`, a relationship's ends, the object a language-content translates.
    /// Markings and creators are often left out of bundles and are not checked.
    func brokenReferences() -> [STIXImport.Problem] {
        var problems: [STIXImport.Problem] = []
        let checked: Set<String> = ["report", "note", "relationship", "language-content"]
        for object in objects where checked.contains(object["type"]?.stringValue ?? "") {
            guard let id = object["id"]?.stringValue else { continue }
            var targets = object["object_refs"]?.strings ?? []
            for key in ["source_ref", "target_ref", "object_ref"] { if let target = object[key]?.stringValue { targets.append(target) } }
            for target in targets where byID[target] == nil { problems.append(.init(id, .brokenReference(target))) }
        }
        return problems
    }

    /// The objects that belong to `report`: those it lists, the notes that refer to it, and
    /// the relationships between two of its actors that no report lists.
    func members(of report: STIXValue) -> STIXReportReader.Members {
        let id = report["id"]?.stringValue ?? ""
        var members = STIXReportReader.Members()
        var listed = Set<String>()
        for ref in report["object_refs"]?.strings ?? [] where listed.insert(ref).inserted {
            guard let object = byID[ref] else { continue }
            members.add(object)
        }
        let actors = Set(members.actors.compactMap { $0["id"]?.stringValue })
        for note in notes[id] ?? [] where !listed.contains(note["id"]?.stringValue ?? "") { members.notes.append(note) }
        for relationship in unlistedRelationships {
            if let from = relationship["source_ref"]?.stringValue, let to = relationship["target_ref"]?.stringValue, actors.contains(from),
                actors.contains(to)
            {
                members.relationships.append(relationship)
            }
        }
        return members
    }

    /// The objects no case took, in the bundle's order: those a report reader skipped for
    /// a reason of its own, then the rest. The toolkit's shared objects, markings and
    /// extension definitions describe the others and are not reported.
    func skipped(used: Set<String>, specific: [String: STIXImport.Skipped]) -> [STIXImport.Skipped] {
        objects.compactMap { object in
            guard let id = object["id"]?.stringValue, let type = object["type"]?.stringValue, !used.contains(id) else { return nil }
            if let entry = specific[id] { return entry }
            if STIXExtension.isShared(id) || type == "marking-definition" || type == "extension-definition" { return nil }
            // Translations go with what they translate.
            if type == "language-content", let target = object["object_ref"]?.stringValue, used.contains(target) { return nil }
            let reason: STIXImport.Reason = STIXVocabulary.readTypes.contains(type) ? .outsideReports : .unknownType
            return STIXImport.Skipped(type: type, id: id, reason: reason)
        }
    }
}
