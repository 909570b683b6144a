/// How far crime and terrorism have come together in a case, on the range United Nations
/// counter-terrorism bodies describe (see the concept page "Coexistence, cooperation,
/// convergence"): not Makarenko's continuum, with which it is sometimes conflated.
public enum NexusStage: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    /// The groups operate in the same territory, aware of each other.
    case coexistence
    /// They work together when it suits them.
    case cooperation
    /// Their activities and organisations merge.
    case convergence
    /// A group of one kind becomes a group of the other.
    case transformation

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The settings and activities where the two worlds are likely to meet, as the concept's
/// watch-points section lists them from the research literature.
public enum WatchPoint: String, CaseIterable, Sendable, Codable, Hashable {
    case prisons
    case cyberspace
    case limitedGovernance = "limited-governance-areas"
    case sharedNeeds = "shared-needs"
    case sharedMarkets = "shared-markets"
    case corruptOfficials = "corrupt-officials"
}

/// What kind of actor a case names. Actors are types with an alias, never people.
public enum CaseActorType: String, CaseIterable, Sendable, Codable, Hashable {
    case organisedCrimeGroup = "organised-crime-group"
    /// A terrorist or armed group.
    case terroristGroup = "terrorist-armed-group"
    /// A group with the traits of both.
    case hybridGroup = "hybrid-group"
    /// Someone who provides a service to others: a broker, a forger, a transporter.
    case facilitator
    case corruptOfficial = "corrupt-official"
    case legitimateBusiness = "legitimate-business"
    case stateBody = "state-body"
    case community
}

/// The size of an actor, as far as the sources tell.
public enum ActorSize: String, CaseIterable, Sendable, Codable, Hashable {
    /// One person.
    case individual
    /// Fewer than ten members.
    case small
    /// Ten to a hundred.
    case medium
    /// More than a hundred.
    case large
}

/// How one actor stands to another; read as "from … to": the first actor *supplies* the second.
public enum RelationshipType: String, CaseIterable, Sendable, Codable, Hashable {
    case supplies
    case finances
    case protects
    case recruitsFrom = "recruits-from"
    case tradesWith = "trades-with"
    case laundersFor = "launders-for"
    case transformsInto = "transforms-into"
    case bribes
    case extorts
    case transportsFor = "transports-for"
    case shelters
    case partOf = "part-of"
}

/// Who may read a published case.
public enum PublicationLevel: String, CaseIterable, Sendable, Codable, Hashable {
    /// Everyone, signed in or not.
    case `public`
    /// Anyone signed in.
    case registered
    /// Editors, administrators and the roles the case names.
    case restricted
}

/// Whether a case is still being written or is published at its level.
public enum CaseStatus: String, CaseIterable, Sendable, Codable, Hashable {
    /// Seen by those who may draft cases only.
    case draft
    case published
}

/// Where a case comes from: a documented case, or a composite made for training from
/// patterns the sources document. Composite cases say so wherever they are shown.
public enum CaseOrigin: String, CaseIterable, Sendable, Codable, Hashable {
    /// An anonymised real case, as its sources report it.
    case documented
    /// A training case composed from documented regional patterns; no single real case.
    case composite
}
