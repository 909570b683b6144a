/// What importing a recognised document would write into the content folder.
public struct DocumentImportPlan: Sendable {
    /// A document to write, new or replacing a file.
    public struct Write: Sendable {
        public let document: ContentDocument
        public let replaces: Bool
    }

    /// Something recognised that will not be written, and why.
    public struct Skip: Sendable, Hashable {
        public let location: String
        public let reason: String
    }

    public internal(set) var writes: [Write] = []
    public internal(set) var skips: [Skip] = []
    /// Translations in the folder that no longer match new English text (a different
    /// number of steps), which a translator must update.
    public internal(set) var followUps: [String] = []
}

/// Turns a recognised document into content documents, merged with what the folder
/// already holds: structure an editor added (links to instruments, actors, related
/// practices) is kept, text is taken from the official document, and nothing
/// already in the folder is overwritten unless `replace` is set.
public enum DocumentImportPlanner {
    public static func plan(
        _ recognized: RecognizedDocument, existing: [ContentDocument], source: String, replace: Bool
    ) -> DocumentImportPlan {
        var planner = Planner(recognized: recognized, existing: existing, source: source, replace: replace)
        for section in recognized.sections { planner.add(section) }
        for practice in recognized.practices { planner.add(practice) }
        return planner.plan
    }
}

private struct Planner {
    let recognized: RecognizedDocument
    let existing: [ContentDocument]
    let source: String
    let replace: Bool
    var plan = DocumentImportPlan()

    private var language: Language { recognized.language }

    private func english(_ kind: ContentKind, where matches: (ContentDocument) -> Bool) -> ContentDocument? {
        existing.first { $0.kind == kind && $0.language == .source && matches($0) }
    }

    private func current(_ kind: ContentKind, _ slug: String) -> ContentDocument? {
        existing.first { $0.kind == kind && $0.slug == slug && $0.language == language }
    }

    mutating func add(_ section: RecognizedDocument.Section) {
        let slug = section.letter.lowercased()
        let fields: [String: ContentValue] = [
            "letter": .string(section.letter), "title": .string(section.title),
            "summary": .string(ImportText.firstSentence(of: section.overview.first ?? section.title)),
        ]
        emit(kind: .theme, slug: slug, text: fields, body: section.overview.joined(separator: "\n\n"), label: "section \(section.letter)")
    }

    mutating func add(_ practice: RecognizedDocument.Practice) {
        let englishPractice = english(.practice) { $0.fields["number"]?.intValue == practice.number }
        var slug = englishPractice?.slug ?? ImportText.slug(practice.title, fallback: "good-practice-\(practice.number)")
        if englishPractice == nil, existing.contains(where: { $0.kind == .practice && $0.slug == slug }) {
            slug += "-\(practice.number)"
        }
        var fields: [String: ContentValue] = [
            "number": .int(practice.number), "title": .string(practice.title),
            "summary": .string(ImportText.firstSentence(of: practice.body.first ?? practice.title)),
        ]
        if let letter = practice.section { fields["theme"] = .string(letter.lowercased()) }
        if !practice.steps.isEmpty { fields["key_actions"] = .list(practice.steps.map(ContentValue.string)) }
        if !practice.actors.isEmpty {
            fields["key_actors_note"] = .string(practice.actors.joined(separator: language == .ar ? "؛ " : "; "))
        }
        if language == .source, let englishPractice {
            for translation in existing
            where translation.kind == .practice && translation.slug == englishPractice.slug
                && translation.language != .source
            {
                let steps = translation.fields["key_actions"]?.stringListValue?.count ?? 0
                if steps != practice.steps.count {
                    plan.followUps.append("\(translation.location) has \(steps) key actions; the new English text has \(practice.steps.count)")
                }
            }
        }
        if language != .source, let englishPractice {
            let englishSteps = englishPractice.fields["key_actions"]?.stringListValue?.count ?? 0
            guard englishSteps == practice.steps.count else {
                skip(
                    "practices/\(slug)/\(language.code).md",
                    "good practice \(practice.number) has \(practice.steps.count) steps here but \(englishSteps) in English")
                return
            }
        }
        let body = (practice.body + ImportText.references(practice.footnotes, language: language)).joined(separator: "\n\n")
        emit(kind: .practice, slug: slug, text: fields, body: body, label: "good practice \(practice.number)")
    }

    /// Writes English with structure merged from the existing file, or a translation
    /// of the existing English; refuses to overwrite without `replace`.
    private mutating func emit(kind: ContentKind, slug: String, text: [String: ContentValue], body: String, label: String) {
        let location = "\(kind.folder)/\(slug)/\(language.code).md"
        let present = current(kind, slug)
        if present != nil && !replace {
            skip(location, "already in the content folder; use --replace to overwrite it")
            return
        }
        var fields: [String: ContentValue]
        if language == .source {
            fields = present?.fields ?? [:]
            fields.merge(text) { _, new in new }
            fields["status"] = .string(ContentStatus.confirmed.rawValue)
            fields["status_note"] = nil
            var sources = fields["sources"]?.stringListValue ?? []
            if !sources.contains(source) { sources.append(source) }
            fields["sources"] = .list(sources.map(ContentValue.string))
            if kind == .practice && fields["theme"] == nil {
                skip(location, "\(label) is not under a lettered section; add its theme by hand")
                return
            }
        } else {
            guard let english = english(kind, where: { $0.slug == slug }) else {
                skip(location, "there is no English text for \(label) yet; import the English document first")
                return
            }
            fields = text.filter { ContentSchema.field($0.key, for: kind)?.isTranslatable == true }
            fields[ContentSchema.sourceHashField] = .string(SourceHash.of(english))
        }
        plan.writes.append(
            .init(
                document: ContentDocument(kind: kind, slug: slug, language: language, fields: fields, body: body),
                replaces: present != nil))
    }

    private mutating func skip(_ location: String, _ reason: String) {
        plan.skips.append(.init(location: location, reason: reason))
    }
}
