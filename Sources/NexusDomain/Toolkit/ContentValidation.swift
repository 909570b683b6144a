/// The checks one edit must pass before it is saved, judged against the toolkit as it is
/// published — without rebuilding the toolkit, so that checking an edit costs the same
/// however large the toolkit grows.
///
/// They are the checks ``ToolkitBuilder`` makes of the edited language version: its schema,
/// the items it names, the numbers and letters that must stay unique, and for a translation
/// an English text to translate with as many key actions. A translation left behind by an
/// English edit is the translators' to update, not a reason to refuse the edit.
public enum ContentValidation {
    /// The errors that stop `document` from being saved, given `snapshot`.
    public static func problems(with document: ContentDocument, in snapshot: ToolkitSnapshot) -> [ContentProblem] {
        let schema = SchemaValidator.problems(in: document).filter { $0.severity == .error }
        guard schema.isEmpty else { return schema }
        if document.language != .source { return translationProblems(document, snapshot) }
        return referenceProblems(document, snapshot) + uniquenessProblems(document, snapshot)
    }

    private static func translationProblems(_ document: ContentDocument, _ snapshot: ToolkitSnapshot) -> [ContentProblem] {
        guard let english = snapshot.info(document.itemID)?.text.texts[.source] else {
            return [ContentProblem(.error, .unreadable, at: document.location, "has no published English text to translate")]
        }
        let steps = ItemText(document: document).keyActions.count
        guard steps == english.keyActions.count else {
            return [
                ContentProblem(
                    .error, .schema, at: document.location,
                    "has \(steps) key actions but the English text has \(english.keyActions.count)")
            ]
        }
        return []
    }

    private static func referenceProblems(_ document: ContentDocument, _ snapshot: ToolkitSnapshot) -> [ContentProblem] {
        var problems: [ContentProblem] = []
        func check(_ slug: String, _ kind: ContentKind, field: String) {
            if kind == document.kind && slug == document.slug {
                problems.append(ContentProblem(.error, .reference, at: document.location, "`\(field)` names this item itself"))
            } else if snapshot.info(ContentItemID(kind: kind, slug: slug)) == nil {
                problems.append(
                    ContentProblem(
                        .error, .reference, at: document.location,
                        "`\(field)` names \(kind.folder)/\(slug), which does not exist"))
            }
        }
        for spec in ContentSchema.fields(for: document.kind) {
            switch spec.type {
            case .reference(let kind):
                if let slug = document.fields[spec.name]?.stringValue { check(slug, kind, field: spec.name) }
            case .referenceList(let kind):
                for slug in document.fields[spec.name]?.stringListValue ?? [] { check(slug, kind, field: spec.name) }
            default:
                continue
            }
        }
        return problems
    }

    private static func uniquenessProblems(_ document: ContentDocument, _ snapshot: ToolkitSnapshot) -> [ContentProblem] {
        switch document.kind {
        case .practice:
            guard let number = document.fields["number"]?.intValue,
                let other = snapshot.practice(.number(number)), other.info.slug != document.slug
            else { return [] }
            return [
                ContentProblem(
                    .error, .duplicate, at: document.location,
                    "practice number \(number) is used by \(other.info.id)")
            ]
        case .theme:
            guard let letter = document.fields["letter"]?.stringValue,
                let other = snapshot.themes.first(where: { $0.letter == letter && $0.info.slug != document.slug })
            else { return [] }
            return [ContentProblem(.error, .duplicate, at: document.location, "theme letter \(letter) is used by \(other.info.id)")]
        default:
            return []
        }
    }
}
