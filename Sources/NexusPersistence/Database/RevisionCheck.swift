/// What saving an aggregate that counts its revisions (a case, a scenario) should do, given
/// what is stored: the one rule both stores follow, so that a form sent twice finds its own
/// record and a form loaded before someone else's save is refused.
enum RevisionCheck<Stored> {
    /// Nothing is stored under the identifier: insert.
    case insert
    /// The stored revision is the one expected and the record differs: write the next revision.
    case update(Stored)
    /// The record equals the stored one: nothing to write.
    case unchanged(Stored)
    /// A new record's identifier is taken by a different record.
    case exists
    /// A change names a record that is not stored.
    case missing
    /// The stored revision is not the one the change was made from.
    case stale(Stored, expected: Int)

    /// The decision for saving `record` over `stored`; `expected` is `nil` for a new record.
    static func decide<Record: Equatable>(
        _ record: Record, over stored: Stored?, expected: Int?, read: (Stored) -> (record: Record, revision: Int)
    ) -> RevisionCheck {
        guard let stored else { return expected == nil ? .insert : .missing }
        let current = read(stored)
        guard let expected else { return current.record == record ? .unchanged(stored) : .exists }
        if current.revision != expected { return .stale(stored, expected: expected) }
        return current.record == record ? .unchanged(stored) : .update(stored)
    }
}
