import NexusDomain
import NexusRendering
import NexusLocalization
import NexusPersistence
import NexusApplication

/// What an editor sees when their save came after someone else's: who saved what and
/// when, as a diff against the revision their form was loaded from.
struct EditConflict: Sendable {
    let title: String
    let body: String
    let changesHeading: String
    let diff: [HistoryPage.DiffLine]
    /// The language and direction of the diffed text.
    let lang: String
    let dir: String

    init(_ conflict: ContentRepository.RevisionConflict, base: ContentDocument?, t: Localizer) {
        let current = conflict.current
        title = t(.editConflictTitle)
        body = t(
            .editConflictBody,
            [
                "author": Localizer.isolated(current.authorLabel ?? t.actor(current.origin)), "number": t.number(current.number),
                "date": t.moment(current.createdAt),
            ])
        changesHeading = t(.editConflictChanges)
        let old = base.map(ContentFileWriter.text(of:)) ?? ""
        diff = LineDiff.hunks(LineDiff.compare(old, ContentFileWriter.text(of: current.document))).map(HistoryPage.DiffLine.init)
        lang = current.document.language.code
        dir = current.document.language.isRightToLeft ? "rtl" : "ltr"
    }

    /// The conflict of a save refused because `conflict.current` came after the form's
    /// revision, read with that revision so the diff shows what the other editor changed.
    static func make(
        _ conflict: ContentRepository.RevisionConflict, content: ContentRepository, t: Localizer
    ) async throws -> EditConflict {
        let document = conflict.current.document
        let base = try await content.revisions(of: document.itemID, language: document.language)
            .first { $0.number == conflict.expected }?.document
        return EditConflict(conflict, base: base, t: t)
    }
}

extension HistoryPage.DiffLine {
    init(_ line: LineDiff.Line) {
        self.init(text: line.text, isAdded: line.change == .added, isRemoved: line.change == .removed)
    }
}
