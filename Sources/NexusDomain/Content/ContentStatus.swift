/// How far an item's text is confirmed by the public sources it cites.
///
/// Readers see every status but `confirmed` as a short notice with the sources,
/// so that a policymaker knows which lines stand on the official text.
public enum ContentStatus: String, CaseIterable, Sendable, Codable, Hashable {
    /// Every statement is confirmed by a cited source.
    case confirmed
    /// Part of the item is confirmed; the rest is cut off in the sources or summarised from context.
    case partlyConfirmed = "partly-confirmed"
    /// The recommendation is confirmed but its number in the official list is not known.
    case numberPending = "number-pending"
    /// The item is known to exist; its text awaits the official document.
    case awaitingOfficialText = "awaiting-official-text"
}

/// Whether the links from a practice to instruments or initiatives come from the
/// official text or are an editorial selection made for readers.
public enum LinkBasis: String, CaseIterable, Sendable, Codable, Hashable {
    case official
    case editorial
}
