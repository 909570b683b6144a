import NexusDomain
import NexusPersistence

/// Recording a meeting, from the form or the API. A meeting is a toolkit item: it is
/// checked like any edit and published at once, and translators then see it.
enum MeetingPublishing {
    /// Why a meeting was not published.
    enum Refusal: Sendable {
        /// The slug is not lower-case letters, digits and single hyphens.
        case invalidSlug
        /// `new` names the form, not a meeting.
        case reservedSlug
        /// A new meeting's slug is already a meeting's.
        case taken
        /// A change names a meeting that does not exist.
        case notFound
        /// The document's own problems, in words.
        case content([String])
    }

    /// Publishes the meeting `slug` as a new one (`isNew`) or as a change. `document` makes
    /// its English document from the meeting's current one, if there is one, which is read once.
    static func publish(
        slug: String, isNew: Bool, services: AppServices, identity: Identity,
        document: (ContentDocument?) -> ContentDocument
    ) async throws -> Refusal? {
        guard slug.isValidSlug else { return .invalidSlug }
        guard slug != "new" else { return .reservedSlug }
        let existing = try await services.content.latestRevision(of: ContentItemID(kind: .meeting, slug: slug), language: .source)
        if isNew, existing != nil { return .taken }
        if !isNew, existing == nil { return .notFound }
        let made = document(existing?.document)
        let problems = try await ContentChecks.problems(with: made, content: services.content)
        guard problems.isEmpty else { return .content(problems) }
        let user = identity.principal.user
        try await services.content.save(made, authorID: user?.id, actor: user?.email ?? "", client: identity.clientAddress,
                                        publish: true)
        try await services.contentPublished(made)
        return nil
    }
}
