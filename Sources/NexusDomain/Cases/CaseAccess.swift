/// Who may read which case: the one rule the library, the case pages, search, the API,
/// the practice pages and the STIX export all apply, so a restricted case cannot leak
/// through one of them.
public enum CaseAccess {
    /// The roles that read and edit every case, drafts included.
    public static let editorRoles: Set<Role> = [.admin, .editor]

    /// Whether `principal` may read `record`.
    public static func canRead(_ principal: Principal, _ record: NexusCase) -> Bool {
        audiences(for: principal).contains(audience(of: record))
    }

    /// The audience a case belongs to, as a word stored with it and with its search
    /// documents: `public`, `registered`, `restricted:<role>…`, `draft`.
    public static func audience(of record: NexusCase) -> CaseAudience {
        guard record.status == .published else { return .drafts }
        switch record.publication {
        case .public: return .everyone
        case .registered: return .registered
        case .restricted: return .roles(record.restrictedTo.subtracting(editorRoles))
        }
    }

    /// Every audience whose cases `principal` may read.
    public static func audiences(for principal: Principal) -> Readable {
        if let user = principal.user, !user.isActive { return Readable(everyone: true) }
        let roles = principal.roles
        if !roles.isDisjoint(with: editorRoles) { return Readable(all: true) }
        return Readable(
            everyone: true, registered: principal.user != nil, roles: roles,
            drafts: Authorization.allows(principal, .draftCases))
    }

    /// What a principal may read, as the store filters by it.
    public struct Readable: Sendable, Hashable {
        /// Everything, drafts and every restricted case included.
        public let all: Bool
        /// Public cases.
        public let everyone: Bool
        /// Cases for registered users.
        public let registered: Bool
        /// Restricted cases naming one of these roles.
        public let roles: Set<Role>
        /// Drafts.
        public let drafts: Bool

        /// Creates a set of readable audiences.
        public init(all: Bool = false, everyone: Bool = true, registered: Bool = false, roles: Set<Role> = [], drafts: Bool = false) {
            self.all = all
            self.everyone = everyone || all
            self.registered = registered || all
            self.roles = roles
            self.drafts = drafts || all
        }

        /// Whether a case of `audience` is readable.
        public func contains(_ audience: CaseAudience) -> Bool {
            if all { return true }
            switch audience {
            case .everyone: return everyone
            case .registered: return registered
            case .roles(let named): return !named.isDisjoint(with: roles)
            case .drafts: return drafts
            }
        }

        /// The audience words a case readable here may carry: what search filters by.
        public var words: Set<String>? {
            if all { return nil }
            var words: Set<String> = []
            if everyone { words.insert(CaseAudience.everyone.words[0]) }
            if registered { words.insert(CaseAudience.registered.words[0]) }
            words.formUnion(roles.map { CaseAudience.roleWord($0) })
            if drafts { words.insert(CaseAudience.drafts.words[0]) }
            return words
        }
    }
}

/// The group of readers a case is meant for.
public enum CaseAudience: Sendable, Hashable {
    case everyone
    case registered
    /// Restricted to these roles (besides editors and administrators).
    case roles(Set<Role>)
    case drafts

    /// The words stored for this audience; a restricted case stores one per role it
    /// names, and `restricted` alone when it names none, which only editors read.
    public var words: [String] {
        switch self {
        case .everyone: ["public"]
        case .registered: ["registered"]
        case .roles(let roles): roles.isEmpty ? ["restricted"] : roles.sorted().map(Self.roleWord)
        case .drafts: ["draft"]
        }
    }

    static func roleWord(_ role: Role) -> String { "role:\(role.rawValue)" }
}
