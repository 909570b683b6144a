/// Whether a stored revision was published when it was written, or saved as a draft.
public enum RevisionState: String, CaseIterable, Sendable, Codable {
    case draft
    case published
}
