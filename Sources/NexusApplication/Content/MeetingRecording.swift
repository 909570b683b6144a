public import NexusDomain
public import NexusPersistence

/// Recording a consultation meeting, from the form or the API. A meeting is a toolkit
/// item: it is checked like any edit and published at once, and translators then see it.
public struct MeetingRecording: Sendable {
    /// Why a meeting was not published.
    public enum Refusal: Error, Sendable {
        /// The slug is not lower-case letters, digits and single hyphens.
        case invalidSlug
        /// `new` names the form, not a meeting.
        case reservedSlug
        /// A new meeting's slug is already a meeting's.
        case taken
        /// A change names a meeting that does not exist.
        case notFound
        /// The document's own problems.
        case invalid([ContentProblem])
        /// Someone else saved the meeting since the form was loaded.
        case conflict(ContentRepository.RevisionConflict)
    }

    let publishing: ContentPublishing

    /// Creates the use case over content publishing.
    public init(publishing: ContentPublishing) {
        self.publishing = publishing
    }

    /// Publishes the meeting `slug` as a new one (`isNew`) or as a change. `document` makes
    /// its English document from the meeting's current one, if there is one, which is read once.
    public func publish(
        slug: String, isNew: Bool, by actor: AuditActor, document: (ContentDocument?) -> ContentDocument
    ) async throws -> Refusal? {
        guard slug.isValidSlug else { return .invalidSlug }
        guard slug != "new" else { return .reservedSlug }
        let existing = try await publishing.content.latestRevision(of: ContentItemID(kind: .meeting, slug: slug), language: .source)
        if isNew, existing != nil { return .taken }
        if !isNew, existing == nil { return .notFound }
        switch try await publishing.save(document(existing?.document), base: existing?.number ?? 0, publish: true, by: actor) {
        case .success: return nil
        case .failure(.invalid(let problems)): return .invalid(problems)
        case .failure(.conflict(let conflict)): return .conflict(conflict)
        }
    }
}
